using System.Text.Json;
using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Scoring;
using Vigil.Server.Application.Screening;
using Vigil.Server.Json;

namespace Vigil.Server.Tests.Json;

public sealed class ScreeningJsonContextTests
{
    public static TheoryData<RiskLevel, string?> Cases => new()
    {
        { RiskLevel.High, "C-0001" },
        { RiskLevel.Review, null },
        { RiskLevel.Clear, null },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Screening_answer_source_generated_is_byte_for_byte_the_cli_json(RiskLevel level, string? cluster)
    {
        var screening = new ApplicantScreening(
            new ScreeningResult("A-1", Guid.Parse("7d7a5c2e-0f4b-4c53-9d2b-0b7f1c7f9a01"), "Kevin Lee", 72.5, level, cluster,
            [
                new ScreeningFindingView("shared-payout-account", "PAY-05", 50, 50, "Payout account shared with 1 other subject",
                    [new Evidence("account", "ring@example.com"), new Evidence("subject", "Daniel Moore", "https://example.org/ref")],
                    [Guid.Parse("0c8c8f55-6a55-4a0c-8f77-3a3e5b8d2c11")]),
            ]),
            ["+50.0 shared-payout-account (PAY-05): Payout account shared with 1 other subject"], 3, true);

        var generated = JsonSerializer.Serialize(screening, ScreeningJsonContext.Default.ApplicantScreening);

        generated.Should().Be(JsonSerializer.Serialize(screening, ApplicantScreeningService.JsonOptions));
        generated.Should().Contain($"\"level\":\"{level.ToString().ToLowerInvariant()}\"");
    }
}
