global using Discharge.Domain.Tests.Support;
global using static Discharge.Domain.Tests.Support.LiabilityAssertions;
