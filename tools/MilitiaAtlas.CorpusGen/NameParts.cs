namespace MilitiaAtlas.CorpusGen;

/// <summary>
/// The word stock of the synthetic corpus: name parts, group words, outlets, institutes and commenters.
/// Every actor is invented from these parts (places besides: real names from the gazetteer). Nothing
/// here names an actor of the seed corpus; <see cref="Forbidden"/> guards that.
/// </summary>
internal static class NameParts
{
    /// <summary>Fragments that never appear in a generated name (the seed corpus's actors and a few namesakes).</summary>
    public static readonly string[] Forbidden =
    [
        "amiri", "soleiman", "khazali", "khalazi", "badr", "hezbollah", "hizbollah", "hizballah", "sistani", "abadi", "sadr",
        "quds", "diyala", "kataib", "kitaeb", "asaib", "hashid", "aboudi", "maliki", "khamenei", "shamary", "ghabban",
        "mahdi", "rajavi", "amirli", "barwana", "sinsil", "najaf", "karbala", "baiji", "ashraf", "hakim", "saidi", "nasr",
        "assad", "obama", "mosul", "kirkuk", "samarra", "aleppo", "isis", "daesh", "muhandis", "salam", "mansour", "kubba",
    ];

    public static bool IsForbidden(string s)
    {
        foreach (var f in Forbidden)
        {
            if (s.Contains(f, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Given names, canonical spelling first, then the transliterations outlets use.</summary>
    public static readonly string[][] ArabicGiven =
    [
        ["Qassem", "Qasem", "Kasim", "Qasim"], ["Mohammed", "Muhammad", "Mohamed", "Mohammad"], ["Hussein", "Husain", "Hossein"],
        ["Abdullah", "Abdallah", "Abdollah"], ["Youssef", "Yusuf", "Yousef"], ["Mahmoud", "Mahmud"], ["Haidar", "Haider", "Hayder"],
        ["Mustafa", "Mostafa"], ["Nouri", "Nuri"], ["Khaled", "Khalid"], ["Walid", "Waleed"], ["Osama", "Usama"], ["Omar", "Umar"],
        ["Jaafar", "Jafar"], ["Hamid", "Hameed"], ["Rashid", "Rasheed"], ["Kadhim", "Kazem", "Kazim"], ["Hashem", "Hashim"],
        ["Saleh", "Salih"], ["Ibrahim", "Ebrahim"], ["Ismail", "Esmail"], ["Suleiman", "Sulaiman"], ["Abbas"], ["Karim", "Kareem"],
        ["Tariq", "Tarek"], ["Faisal", "Feisal"], ["Ziad", "Ziyad"], ["Samir", "Sameer"], ["Adel", "Adil"], ["Majid", "Majeed"],
        ["Nasser", "Nasir"], ["Bashir", "Basheer"], ["Jawad"], ["Marwan"], ["Nabil", "Nabeel"], ["Raed"], ["Sattar"], ["Ayman"],
        ["Anwar"], ["Fadel", "Fadil"], ["Ghassan"], ["Hisham"], ["Imad", "Emad"], ["Jamal"], ["Kamal"], ["Mounir", "Munir"],
        ["Riyad", "Riad"], ["Yasser", "Yasir"], ["Younis", "Yunus"], ["Zaid", "Zayd"], ["Salah"], ["Talal"], ["Wissam", "Wisam"],
        ["Abdelkarim", "Abdul Karim"], ["Abdulrahman", "Abdel Rahman"], ["Ahmed", "Ahmad"], ["Hassan", "Hasan"], ["Ali"],
        ["Saeed", "Said"], ["Hamza", "Hamzah"], ["Bilal"], ["Idris", "Idrees"], ["Mounzer", "Munzir"], ["Luay", "Louay"],
    ];

    public static readonly string[][] PersianGiven =
    [
        ["Rouhollah", "Ruhollah", "Ruhallah"], ["Mojtaba"], ["Morteza", "Murtaza"], ["Mohsen", "Muhsin"], ["Masoud", "Massoud", "Masud"],
        ["Hamed"], ["Farhad"], ["Bahram"], ["Davoud", "Dawood", "Daoud"], ["Gholamreza", "Gholam Reza"], ["Javad"], ["Vahid"],
        ["Esmaeil", "Esmail"], ["Nematollah", "Nematallah"], ["Habibollah", "Habiballah"], ["Reza"], ["Saeid", "Saeed"],
    ];

    public static readonly string[][] FemaleGiven =
    [
        ["Zainab", "Zaynab"], ["Nadia", "Nadiya"], ["Fatima", "Fatemeh"], ["Layla", "Leila"], ["Huda", "Hoda"], ["Rania"], ["Samira"],
        ["Dalia"], ["Suha"], ["Shirin"], ["Maysoun", "Maysun"], ["Rasha"], ["Nour", "Noor"], ["Hanan"],
    ];

    /// <summary>Surname stems and endings; the particle (al-, el-) is chosen apart.</summary>
    public static readonly string[] SurnameOnsets =
    [
        "Jab", "Tam", "Zub", "Rub", "Dul", "Ham", "Shar", "Nuf", "Ghan", "Kub", "Saw", "Har", "Mash", "Dab", "Fal", "Hak", "Jum",
        "Lam", "Mah", "Mar", "Nab", "Qad", "Qar", "Qub", "Rif", "Sal", "Sham", "Tik", "Wah", "Yas", "Zaw", "Ubay", "Dur", "Ghar",
        "Had", "Jan", "Kar", "Lah", "Mut", "Nah", "Qutb", "Raw", "Sab", "Shum", "Tal", "Wad", "Zah", "Bak", "Bur", "Dahl", "Hin",
        "Issaw", "Jid", "Khal", "Maj", "Mukh", "Rab", "Sud", "Tuf", "Wal", "Zayy", "Farh", "Gub", "Huw", "Jaz", "Kass", "Lub",
        "Mazr", "Nim", "Qahh", "Rum", "Sadd", "Shatt", "Tann", "Ukk", "Yaf", "Zall", "Daff", "Ghaz", "Hall", "Jall", "Kunn",
    ];

    public static readonly string[] SurnameCodas =
    [
        "ouri", "ani", "aydi", "awi", "ili", "abi", "ouni", "dani", "sawi", "ki", "ashi", "oudi", "imi", "ousi", "ari", "aji", "afi",
        "ali", "asi", "ubi", "eiri", "hani", "mani", "bari", "jawi", "oubi", "ouli", "eeri", "ayri", "ami",
    ];

    public static readonly string[] PersianSurnameRoots =
    [
        "Rahim", "Karim", "Hosseini", "Jafari", "Mousa", "Najm", "Fazl", "Rahmat", "Habib", "Nour", "Asgar", "Bagher", "Ghaffar",
        "Hamid", "Jalal", "Kazem", "Latif", "Mohseni", "Nasir", "Qadir", "Rasul", "Sharif", "Tavak", "Vali", "Yazd", "Zaman",
    ];

    public static readonly string[] PersianSurnameEndings = ["zadeh", "pour", "nejad", "vand", "i", "ian", "ollahi", "far"];

    public static readonly string[] WesternGiven =
    [
        "Laura", "Daniel", "Margaret", "Thomas", "Sarah", "Peter", "Claire", "Andrew", "Rachel", "Simon", "Helen", "Martin", "Joanna",
        "Robert", "Karen", "Paul", "Emily", "Jonathan", "Alice", "Gregory", "Sophie", "Henry", "Nicole", "David", "Anna", "Mark",
        "Julia", "Stephen", "Rebecca", "Christopher", "Ingrid", "Lars", "Pierre", "Elena", "Tobias", "Marta", "Kenneth", "Ruth",
    ];

    public static readonly string[] WesternSurnames =
    [
        "Whitfield", "Carrow", "Pemberton", "Lindqvist", "Okafor", "Brandt", "Haskell", "Moreau", "Delgado", "Fairbairn", "Ashworth",
        "Kowalczyk", "Vandermeer", "Thornbury", "Galloway", "Rasmussen", "Albrecht", "Castellano", "Dunmore", "Everly", "Fenwick",
        "Grantham", "Holloway", "Ingersoll", "Jessop", "Kettering", "Lockhart", "Merriweather", "Northcott", "Oyelaran", "Prendergast",
        "Quinlan", "Rutherford", "Sandoval", "Tremaine", "Underhill", "Valcourt", "Wexford", "Yardley", "Zimmerly", "Blackwood",
        "Corrigan", "Devereux", "Ellsworth", "Foxley", "Gilchrist", "Harcourt", "Ivanova", "Jorgensen", "Kinsella", "Larkspur",
    ];

    public static readonly string[] EnglishAdjectives =
    [
        "Free", "Popular", "National", "Revolutionary", "United", "Southern", "Northern", "Eastern", "Western", "Democratic",
        "Patriotic", "Independent", "Federal", "Sovereign", "Loyal", "Righteous", "Faithful", "Steadfast", "Victorious", "Sacred",
    ];

    /// <summary>Nouns for group names; a second element is the British spelling some outlets use.</summary>
    public static readonly string[][] EnglishNouns =
    [
        ["Resistance"], ["Liberation"], ["Salvation"], ["Defense", "Defence"], ["Unity"], ["Justice"], ["Dawn"], ["Victory"],
        ["Sword"], ["Shield"], ["Banner"], ["Crescent"], ["River"], ["Mountain"], ["Valley"], ["Lions"], ["Martyrs"], ["Guardians"],
        ["Brothers"], ["Tribes"], ["Homeland"], ["Frontier"], ["Reform"], ["Renewal"], ["Hope"], ["Dignity"], ["Awakening"],
        ["Mobilization", "Mobilisation"], ["Protection"], ["Deliverance"], ["Harvest"], ["Citadel"],
    ];

    /// <summary>Organization head words, with the British spelling where there is one.</summary>
    public static readonly string[][] Heads =
    [
        ["Brigades"], ["Front"], ["Movement"], ["Army"], ["Forces"], ["Council"], ["Organization", "Organisation"], ["Battalions"],
        ["Corps"], ["Alliance"], ["Guard"], ["Committee"],
    ];

    public static readonly string[] ArabicWords =
    [
        "Karama", "Izza", "Tahrir", "Wafa", "Sumud", "Thar", "Fida", "Huriya", "Saiqa", "Raad", "Barq", "Furqan", "Fath", "Hamaya",
        "Difaa", "Tawhid", "Intisar", "Khalas", "Amana", "Nakhwa", "Shahama", "Islah", "Ittihad", "Rabita", "Qiyam", "Sahwa", "Hisn",
        "Sabil", "Rayat", "Asifa", "Burkan", "Majd", "Fursan", "Ghadab", "Thabat", "Nakhil", "Zilzal", "Tahaddi", "Muqawama", "Wiam",
    ];

    /// <summary>Head words that open a romanized Arabic group name (jaish al-X), with their transliteration variants.</summary>
    public static readonly string[][] ArabicHeads = [["Jaish", "Jaysh"], ["Liwa", "Liwaa"], ["Harakat", "Harakat"], ["Jabhat", "Jabhat"], ["Tanzim"], ["Quwat"]];

    /// <summary>Invented village names: onset + ending, often with a descriptive first word.</summary>
    public static readonly string[] VillageFirst = ["Tal", "Umm", "Bir", "Khirbet", "Ain", "Deir", "Kafr", "Beit", "Abu", "Jisr", "Qasr", "Ras"];

    public static readonly string[] VillageSecond =
    [
        "Hamra", "Sawan", "Dirar", "Haddu", "Zaytun", "Sharqi", "Ghazal", "Rummana", "Saqr", "Mukhtar", "Fuqara", "Tuta", "Kharrub",
        "Jamus", "Qadima", "Nakhla", "Marj", "Shuhada", "Tibna", "Burj", "Hilal", "Sukkar", "Laban", "Jummar", "Walid", "Kabir",
        "Saghir", "Arab", "Bayda", "Sawda", "Hajar", "Tin", "Rihan", "Nasim", "Dahab", "Jarrah", "Dhiab", "Shams",
    ];

    /// <summary>Countries that back or arm groups (as the gazetteer names them).</summary>
    public static readonly string[] BackerCountryCodes = ["IR", "TR", "QA", "SA", "RU", "AE", "EG", "DZ", "PK", "US", "FR", "GB"];

    /// <summary>Countries the corpus reports on.</summary>
    public static readonly string[] TheatreCodes = ["SY", "IQ", "LB", "YE", "LY", "SD", "SO", "ML", "AF", "NG"];

    public static readonly string[] InstituteForms =
    [
        "the Center for {0} Studies", "the Institute for {0}", "the {1} Institute", "the {1} Foundation", "the Council on {0}",
        "the {2} Policy Forum", "the Forum for {0}", "{2} University", "the {1} Center",
    ];

    public static readonly string[] InstituteTopics =
    [
        "Security", "Conflict Research", "Strategic Dialogue", "Regional Affairs", "Peace and Security", "Middle East Policy",
        "Irregular Warfare", "Sahel Affairs", "Levant Studies", "Gulf Studies", "Defense Analysis", "Human Security",
    ];

    public static readonly string[] InstituteCities = ["Geneva", "London", "Washington", "Beirut", "Amman", "Oslo", "Brussels", "Doha", "Berlin", "Ottawa"];

    public static readonly string[] Agencies =
    [
        "AFP", "Reuters", "AP", "Getty Images", "AFP/Getty Images", "Anadolu Agency", "EPA", "Handout", "AP Photo", "Anadolu Agency/Getty Images",
    ];

    public static readonly string[] CommenterHandles =
    [
        "desert_fox", "Old Hand", "realist99", "Tomcat", "Skeptic in Ohio", "LibertyBell", "BigMike", "anon", "FreedomFirst",
        "Lurker", "Gadfly", "bluewater", "Cassandra", "jdm", "Sandpiper", "Rusty Nail", "TruthSeeker", "grumpy vet", "Marla S.",
        "Hank", "oldschool", "CapeCodder", "Nomad", "thinkagain", "Walt in Texas", "ProfX", "BeenThere", "kiwi_reader", "Zed",
    ];

    public static readonly string[] ResidentJobs =
    [
        "shopkeeper", "farmer", "teacher", "taxi driver", "nurse", "mechanic", "baker", "pharmacist", "student", "retired engineer",
        "truck driver", "day laborer", "tribal elder", "father of four", "fisherman", "carpenter", "tailor", "shepherd",
    ];
}
