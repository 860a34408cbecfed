using System.Xml;
using System.Xml.Linq;
using KitaBot.Dialogs.Localization;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

/// <summary>Parses a <c>speak</c> value strictly as XML and checks it is SSML 1.0 in the language's neural voice.</summary>
public static class SsmlDocument
{
    public static readonly XNamespace Synthesis = "http://www.w3.org/2001/10/synthesis";
    private static readonly string[] InnerElements = ["break", "say-as"];

    /// <summary>Asserts well-formed SSML with xml:lang and the voice of <paramref name="language"/>; returns the spoken text.</summary>
    public static string AssertValid(string? speak, Language language)
    {
        Assert.False(string.IsNullOrEmpty(speak));
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true };
        using var reader = XmlReader.Create(new StringReader(speak), settings);
        var document = XDocument.Load(reader);
        var root = document.Root!;
        var info = LanguageInfo.Of(language);
        Assert.Equal(Synthesis + "speak", root.Name);
        Assert.Equal("1.0", root.Attribute("version")?.Value);
        Assert.Equal(info.Tag, root.Attribute(XNamespace.Xml + "lang")?.Value);
        var voice = Assert.Single(root.Elements());
        Assert.Equal(Synthesis + "voice", voice.Name);
        Assert.Equal(info.Voice, voice.Attribute("name")?.Value);
        Assert.StartsWith(info.Tag + "-", info.Voice, StringComparison.Ordinal);
        Assert.EndsWith("Neural", info.Voice, StringComparison.Ordinal);
        Assert.All(voice.Descendants(), e => Assert.Contains(e.Name.LocalName, InnerElements));
        return voice.Value;
    }
}
