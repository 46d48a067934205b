namespace PartnershipGraph.Web.Access.CommandLine;

/// <summary>A command line that cannot be carried out; the message says why, for the person who typed it.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
