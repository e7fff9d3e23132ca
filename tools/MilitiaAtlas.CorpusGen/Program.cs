using MilitiaAtlas.CorpusGen;

// The synthetic-corpus generator: a tool for benchmarks and tests, not part of the product (README, "Tools").
//   dotnet run --project tools/MilitiaAtlas.CorpusGen -c Release -- --out DIR [--articles N] [--seed S]
var options = GenerateOptions.Parse(args);
if (options.Help)
{
    Console.WriteLine(GenerateOptions.Usage);
    return 0;
}

if (options.Error is not null)
{
    Console.Error.WriteLine("error: " + options.Error);
    Console.Error.WriteLine(GenerateOptions.Usage);
    return 2;
}

var generated = CorpusGenerator.Write(options.Out!, options.Articles, options.Seed);
Console.WriteLine($"generated {generated.Articles} articles ({generated.Bytes / 1e6:0.0} MB) and sources.yaml into {generated.Folder} in {generated.Elapsed.TotalSeconds:0.0} s");
return 0;
