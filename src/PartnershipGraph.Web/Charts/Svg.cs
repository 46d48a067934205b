using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace PartnershipGraph.Web.Charts;

/// <summary>Small helpers for building inline SVG with System.Xml.Linq, which escapes every text and attribute.</summary>
internal static class Svg
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>The colour of text, axes and outlines: near-black, 17:1 on white.</summary>
    public const string Ink = "#1b1b1b";

    /// <summary>The colour of grid lines; decorative only, so below the 3:1 non-text contrast on purpose.</summary>
    public const string Grid = "#d4d4d4";

    /// <summary>An element in the SVG namespace.</summary>
    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>A number for a coordinate attribute, in invariant culture.</summary>
    public static string N(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A text element at a point.</summary>
    public static XElement Text(double x, double y, string text, params object?[] attributes) =>
        El("text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), attributes, Clean(text));

    /// <summary>A line from one point to another.</summary>
    public static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        El(
            "line",
            new XAttribute("x1", N(x1)),
            new XAttribute("y1", N(y1)),
            new XAttribute("x2", N(x2)),
            new XAttribute("y2", N(y2)),
            new XAttribute("stroke", stroke)
        );

    /// <summary>Adds an attribute and returns the element, for one-line tweaks.</summary>
    public static XElement With(this XElement element, string name, string value)
    {
        element.SetAttributeValue(name, value);
        return element;
    }

    /// <summary>The root element with an accessible name and description, labelled by its own title and desc.</summary>
    public static XElement Root(
        string id,
        string title,
        string description,
        double width,
        double height
    ) =>
        El(
            "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("width", N(width)),
            new XAttribute("height", N(height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("id", id),
            new XAttribute("class", "chart"),
            new XAttribute("font-family", "system-ui, sans-serif"),
            new XAttribute("font-size", "13"),
            El("title", new XAttribute("id", $"{id}-title"), Clean(title)),
            El("desc", new XAttribute("id", $"{id}-desc"), Clean(description))
        );

    /// <summary>The element as markup to write into a page unencoded: the XML writer has escaped its text already.</summary>
    public static HtmlString ToHtml(XElement svg) =>
        new(svg.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces));

    /// <summary>Drops the characters XML cannot hold (control characters, lone surrogates), which would make writing throw.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The text cut to <paramref name="max"/> characters with an ellipsis, for labels that cannot wrap.</summary>
    public static string Shorten(string text, int max)
    {
        var clean = Clean(text).Trim();
        return clean.Length <= max ? clean : clean[..(max - 1)].TrimEnd() + "…";
    }
}
