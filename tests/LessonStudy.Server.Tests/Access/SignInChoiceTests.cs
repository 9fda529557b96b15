using LessonStudy.Server.Features.Access;
using LessonStudy.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace LessonStudy.Server.Tests.Access;

public sealed class SignInChoiceTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Staging")]
    [InlineData("Test")]
    public void Decide_NoAzureAdOutsideProduction_ChoosesDevelopment(string environment) =>
        Assert.Equal(SignInMode.Development, SignInChoice.Decide(Config(), Environment(environment)));

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void Decide_AzureAdWithClientId_ChoosesEntra(string environment) =>
        Assert.Equal(SignInMode.Entra, SignInChoice.Decide(Config(("AzureAd:ClientId", "abc")), Environment(environment)));

    [Fact]
    public void Decide_ProductionWithoutAzureAd_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SignInChoice.Decide(Config(), Environment("Production")));
        Assert.Contains("AzureAd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AzureAdWithoutClientId_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => SignInChoice.Decide(Config(("AzureAd:TenantId", "t")), Environment("Development")));
        Assert.Contains("ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ProductionWithoutAzureAd_RefusesToStart()
    {
        var data = Directory.CreateTempSubdirectory("lessonstudy-test-").FullName;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => ServerApp.Build(
                ["--environment=Production", "--urls=http://127.0.0.1:0", $"--Storage:LocalFolder:Path={data}"]));
            Assert.Contains("Production", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IHostEnvironment Environment(string name) => new TestEnvironment { EnvironmentName = name };

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
