namespace PartnershipGraph.GraphQL.Utilities;

/// <summary>Chooses the options close to a mistyped input, ordered by lexical distance then naturally, as graphql-js's <c>suggestionList</c>.</summary>
internal static class SuggestionList
{
    /// <summary>The options within a distance of 40% of the input's length, closest first.</summary>
    public static IReadOnlyList<string> Get(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        foreach (var option in options)
        {
            if (distances.ContainsKey(option))
            {
                continue;
            }
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                distances[option] = d;
            }
        }
        var result = distances.Keys.ToList();
        result.Sort(
            (a, b) =>
            {
                var diff = distances[a] - distances[b];
                return diff != 0 ? diff : NaturalCompare(a, b);
            }
        );
        return result;
    }

    /// <summary>The Damerau–Levenshtein distance, case changes counting as one edit; <see langword="null"/> above the threshold.</summary>
    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }
        if (a.Length - b.Length > threshold)
        {
            return null;
        }
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(
                    Math.Min(upRow[j] + 1, currentRow[j - 1] + 1),
                    upRow[j - 1] + cost
                );
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }
                smallestCell = Math.Min(smallestCell, currentCell);
                currentRow[j] = currentCell;
            }
            if (smallestCell > threshold)
            {
                return null;
            }
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings so that runs of digits compare by number ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int aChar = a[ai];
            int bChar = b[bi];
            if (char.IsAsciiDigit((char)aChar) && char.IsAsciiDigit((char)bChar))
            {
                long aNum = 0;
                do
                {
                    ++ai;
                    aNum = aNum * 10 + aChar - '0';
                    aChar = ai < a.Length ? a[ai] : -1;
                } while (aChar >= '0' && aChar <= '9' && aNum > 0);
                long bNum = 0;
                do
                {
                    ++bi;
                    bNum = bNum * 10 + bChar - '0';
                    bChar = bi < b.Length ? b[bi] : -1;
                } while (bChar >= '0' && bChar <= '9' && bNum > 0);
                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }
}
