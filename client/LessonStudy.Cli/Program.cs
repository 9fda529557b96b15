Console.WriteLine("lessonstudy");
