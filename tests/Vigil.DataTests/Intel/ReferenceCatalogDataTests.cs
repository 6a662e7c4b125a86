using AwesomeAssertions;
using Vigil.Intel.Data;
using Vigil.TestSupport;

namespace Vigil.DataTests.Intel;

/// <summary>Disposable domains (COM-01) and the LOLRMM catalog (END-02) on the real lists.</summary>
public sealed class ReferenceCatalogDataTests(SharedIntel shared) : IClassFixture<SharedIntel>
{
    private IntelSnapshot Intel => shared.Snapshot;

    [Fact]
    public void IsDisposable_every_blocklist_domain_and_its_subdomains()
    {
        var dir = SharedData.RequireDirectory("disposable-email-domains");
        var domains = File.ReadLines(Path.Combine(dir, "disposable_email_blocklist.conf")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        domains.Should().HaveCountGreaterThan(8000);
        var allow = File.ReadLines(Path.Combine(dir, "allowlist.conf")).Select(l => l.Trim().ToLowerInvariant()).ToHashSet();
        foreach (var domain in domains.Where(d => !allow.Contains(d)))
        {
            Intel.DisposableEmail.IsDisposable(domain).Should().BeTrue(domain);
        }
        Intel.DisposableEmail.IsDisposable("x7." + domains[0]).Should().BeTrue("parent-domain match");
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("outlook.com")]
    [InlineData("protonmail.com")]
    [InlineData("yahoo.com")]
    [InlineData("icloud.com")]
    [InlineData("fastmail.com")]
    public void IsDisposable_mainstream_provider_is_not(string domain) =>
        Intel.DisposableEmail.IsDisposable(domain).Should().BeFalse();

    [Fact]
    public void IsDisposable_allowlist_is_honoured()
    {
        var allow = File.ReadLines(Path.Combine(SharedData.RequireDirectory("disposable-email-domains"), "allowlist.conf"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
        allow.Should().OnlyContain(d => !Intel.DisposableEmail.IsDisposable(d));
    }

    [Fact]
    public void IsDisposable_misp_list_is_loaded()
    {
        var misp = Intel.Sources.Single(s => s.Id == "misp:disposable-email");
        misp.Entries.Should().BeGreaterThan(8000);
        Intel.DisposableEmail.Match("mailinator.com")!.Sources.Should().Contain("misp:disposable-email");
    }

    [Theory]
    [InlineData("AnyDesk.exe", "AnyDesk")]
    [InlineData("TeamViewer.exe", "TeamViewer")]
    [InlineData("rustdesk.exe", "RustDesk")]
    [InlineData("remoting_host.exe", "Chrome Remote Desktop")]
    public void MatchExecutable_lolrmm_catalog_knows_common_tools(string exe, string tool) =>
        Intel.RemoteAccess.MatchExecutable(exe)!.Name.Should().Be(tool);

    [Fact]
    public void Lolrmm_every_tool_loads_and_ordinary_software_is_not_matched()
    {
        Intel.Sources.Single(s => s.Id == "lolrmm").Entries.Should().Be(319);
        string[] ordinary = ["Google Chrome", "Mozilla Firefox", "Microsoft Teams", "Slack", "Visual Studio Code", "Docker Desktop", "Git", "Python 3.12.1 (64-bit)", "Zoom", "1Password", "Microsoft Edge", "Notepad++"];
        ordinary.Should().OnlyContain(p => Intel.RemoteAccess.MatchProgram(p) == null);
        string[] exes = ["chrome.exe", "firefox.exe", "code.exe", "slack.exe", "explorer.exe", "svchost.exe", "python.exe", "node.exe", "git.exe"];
        exes.Should().OnlyContain(e => Intel.RemoteAccess.MatchExecutable(e) == null);
    }
}
