using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace PartnershipGraph.Web.Tests.Charts;

/// <summary>Parses rendered chart markup as XML, which fails the test when the markup is not well formed.</summary>
internal static class SvgDocument
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement Parse(HtmlString html) => XDocument.Parse(html.Value!).Root!;

    public static IEnumerable<XElement> WithClass(XElement root, string name, string cssClass) =>
        root.Descendants(Ns + name)
            .Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
