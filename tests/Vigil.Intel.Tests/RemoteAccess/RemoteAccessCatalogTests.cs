using AwesomeAssertions;
using Vigil.Intel.Data;
using Vigil.Intel.RemoteAccess;
using Vigil.Intel.Tests.Support;

namespace Vigil.Intel.Tests.RemoteAccess;

public sealed class RemoteAccessCatalogTests
{
    private static readonly RemoteAccessCatalog BuiltIn = new RemoteAccessCatalogBuilder().AddBuiltIn().Build();

    private static readonly RemoteAccessCatalogBuilder FixtureBuilder =
        new RemoteAccessCatalogBuilder().AddBuiltIn().AddLolrmmJson(Path.Combine(IntelFixtures.Lists, IntelLayout.Lolrmm), "fixture");

    private static readonly RemoteAccessCatalog WithLolrmm = FixtureBuilder.Build();

    [Theory]
    [InlineData("AnyDesk", "AnyDesk")]
    [InlineData("TeamViewer 15", "TeamViewer")]
    [InlineData("TeamViewer Host", "TeamViewer")]
    [InlineData("Chrome Remote Desktop Host", "Chrome Remote Desktop")]
    [InlineData("RustDesk", "RustDesk")]
    [InlineData("Splashtop Streamer", "Splashtop")]
    [InlineData("ScreenConnect Client (1a2b3c4d5e6f)", "ScreenConnect (ConnectWise Control)")]
    [InlineData("AteraAgent", "Atera")]
    public void MatchProgram_common_tool_is_recognised_offline(string program, string tool)
    {
        var match = BuiltIn.MatchProgram(program);
        match.Should().NotBeNull();
        match!.Name.Should().Be(tool);
        match.MatchedOn.Should().Contain(program);
    }

    [Theory]
    [InlineData("Microsoft Teams")]
    [InlineData("Google Chrome")]
    [InlineData("Visual Studio Code")]
    [InlineData("Zoom Workplace")]
    [InlineData("AnyDeskish Toolkit")]
    [InlineData("")]
    public void MatchProgram_ordinary_program_is_not_a_remote_access_tool(string program) =>
        WithLolrmm.MatchProgram(program).Should().BeNull();

    [Theory]
    [InlineData("AnyDesk.exe", "AnyDesk")]
    [InlineData(@"C:\Users\bob\Downloads\AnyDesk.exe", "AnyDesk")]
    [InlineData("/usr/bin/rustdesk", "RustDesk")]
    [InlineData(@"C:\Program Files\TeamViewer\TeamViewer_Service.exe", "TeamViewer")]
    [InlineData(@"C:\Program Files (x86)\AnyDesk\something.dll", "AnyDesk")]
    public void MatchExecutable_name_or_install_path_is_recognised(string path, string tool) =>
        BuiltIn.MatchExecutable(path)!.Name.Should().Be(tool);

    [Theory]
    [InlineData("chrome.exe")]
    [InlineData(@"C:\Windows\System32\svchost.exe")]
    [InlineData("/usr/bin/ssh")]
    public void MatchExecutable_ordinary_binary_is_not_matched(string path) =>
        WithLolrmm.MatchExecutable(path).Should().BeNull();

    [Theory]
    [InlineData("relay-1a2b3c4d.net.anydesk.com", "AnyDesk")]
    [InlineData("router16.teamviewer.com", "TeamViewer")]
    [InlineData("remotedesktop.google.com", "Chrome Remote Desktop")]
    [InlineData("api.fixturedesk.example", "FixtureDesk (Example Corp)")]
    [InlineData("eu.fixturedesk.example", "FixtureDesk (Example Corp)")]
    public void MatchDomain_tool_domain_is_recognised(string domain, string tool) =>
        WithLolrmm.MatchDomain(domain)!.Name.Should().Be(tool);

    [Theory]
    [InlineData("github.com")]
    [InlineData("www.google.com")]
    [InlineData("example.com")]
    public void MatchDomain_shared_platform_is_not_matched(string domain) =>
        WithLolrmm.MatchDomain(domain).Should().BeNull();

    [Fact]
    public void AddLolrmmJson_reads_tools_and_reports_malformed_entries()
    {
        WithLolrmm.MatchProgram("FixtureDesk Agent 2.1")!.Name.Should().Be("FixtureDesk (Example Corp)");
        WithLolrmm.MatchProgram("FixtureDesk")!.Category.Should().Be("RAT");
        WithLolrmm.MatchExecutable("fdservice.exe")!.Name.Should().Be("FixtureDesk (Example Corp)");
        WithLolrmm.MatchExecutable(@"C:\Program Files\FixtureDesk\updater.dll")!.Name.Should().Be("FixtureDesk (Example Corp)");
        FixtureBuilder.Issues.Kept.Select(i => i.Field).Should().Equal("[2].Name", "[3].Name");
        WithLolrmm.Tools.Count(t => t.Name == "AnyDesk").Should().Be(1, "the built-in AnyDesk wins over LOLRMM's");
    }

    [Fact]
    public void AddLolrmmJson_malformed_file_gives_issue_not_exception()
    {
        using var temp = new Vigil.TestSupport.TempDirectory();
        File.WriteAllText(temp.File("rmm.json"), "[ { \"Name\": ");
        var builder = new RemoteAccessCatalogBuilder().AddLolrmmJson(temp.File("rmm.json"), "x");
        builder.Issues.Kept.Should().ContainSingle().Which.Message.Should().StartWith("malformed JSON");
    }
}
