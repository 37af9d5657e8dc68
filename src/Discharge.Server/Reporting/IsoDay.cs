using Discharge.Server.Reporting.Kept;
using Weasel.Postgresql.Functions;

namespace Discharge.Server.Reporting;

/// <summary>
/// The SQL function that reads an ISO date (YYYY-MM-DD) of a document's JSON as a date, for indexes. An index needs an
/// immutable expression, and a cast of text to a date is not one (it reads the session's DateStyle): the date's parts are
/// read as numbers. Marten's <c>mt_immutable_date</c> makes the cast in a function PostgreSQL cannot inline (its body is
/// not immutable), one call a date; this one it inlines. Building the ledgers' days index over the national year took
/// 1.45-1.54 s with it, against 1.96-2.09 s with Marten's.
/// </summary>
internal static class IsoDay
{
    public const string Function = "discharge_iso_day";

    /// <summary>The function, made in <paramref name="schema"/> with Marten's own functions, before the documents' tables.</summary>
    /// <remarks>Written as PostgreSQL writes it back (quoted with $function$), which is what Weasel compares it with.</remarks>
    public static Function In(string schema) => new KeptFunction(KeptSchema.Named(schema, Function), $"""
        CREATE OR REPLACE FUNCTION {schema}.{Function}(value text)
         RETURNS date
         LANGUAGE sql
         IMMUTABLE PARALLEL SAFE
        AS $function$
          SELECT make_date(substr(value, 1, 4)::integer, substr(value, 6, 2)::integer, substr(value, 9, 2)::integer)
        $function$;
        """);
}
