using Discharge.Benchmarks.Bulk;
using Discharge.Benchmarks.Faults;
using Discharge.Benchmarks.Http;
using Discharge.Benchmarks.Liability;
using Discharge.Benchmarks.Reports;

// Performance harness, not part of the test run: dotnet run -c Release --project tests/Discharge.Benchmarks -- MODE [options]
return args switch
{
    ["liability", .. var options] => LiabilityBenchmark.Run(options, Console.Out),
    ["http", .. var options] => await HttpBenchmark.RunAsync(options, Console.Out),
    ["import", .. var options] => await ImportBenchmark.RunAsync(options, Console.Out),
    ["rebuild", .. var options] => await RebuildBenchmark.RunAsync(options, Console.Out),
    ["faults", .. var options] => await FaultHarness.RunAsync(options, Console.Out),
    ["reports", .. var options] => await ReportsBenchmark.RunAsync(options, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Discharge.Benchmarks liability [--episodes N] [--seed S]\n       Discharge.Benchmarks http [--episodes N] [--concurrency C] [--rounds R]\n       Discharge.Benchmarks import|rebuild [--days N] [--notices-a-day N] [--seed S] (rebuild: [--marten 0] [--rounds R] [--connection CONNECTION-STRING])\n       Discharge.Benchmarks faults [--episodes N] [--concurrency C] [--faults server-sigkill,postgres-fast,...]\n       Discharge.Benchmarks reports --store CONNECTION-STRING [--requests N] [--council CODE] [--nhs-body CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--league 0] [--baseline-store CONNECTION-STRING --baseline-build PATH/Discharge.Server.dll]");
    return 2;
}
