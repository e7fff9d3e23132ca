namespace MilitiaAtlas.CorpusGen;

/// <summary>
/// Sentence material: what speakers say, what narrators observe, what commenters write. It is a small
/// grammar: {city}, {group}… are the article's actors, {@word} picks from a word list below, and [a|b|c]
/// picks one wording (brackets nest). Choices come every few words, so two articles rarely share a run of
/// five words by chance, and the reuse detector finds only the paragraphs that one article copies from another.
/// </summary>
internal static class Phrases
{
    public static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["people"] =
        [
            "families", "residents", "farmers", "shepherds", "traders", "teachers", "fishermen", "students", "day laborers", "villagers",
            "merchants", "nurses", "truck drivers", "pensioners", "craftsmen", "shopkeepers", "widows", "tenant farmers", "market porters",
        ],
        ["many"] =
        [
            "{thousands}", "hundreds of", "dozens of", "more than {hundreds}", "some {hundreds}", "nearly {hundreds}", "several thousand",
            "at least {hundreds}", "an estimated {thousands}", "scores of",
        ],
        ["few"] = ["{n}", "dozens of", "at least {small}", "scores of", "more than a hundred", "some {small}", "nearly {small}"],
        ["fled"] = ["fled", "left", "abandoned their homes in", "escaped from", "been driven out of", "moved away from", "slipped out of"],
        ["since"] =
        [
            "since the [fighting|shelling|offensive|siege|clashes|unrest] [began|started|erupted|resumed]", "in the past {n} [weeks|months]",
            "since {month}", "{when}", "over the [summer|winter|spring|autumn]", "since the [truce|ceasefire|deal] [collapsed|broke down|fell apart]",
        ],
        ["goods"] =
        [
            "bread", "fuel", "cooking gas", "flour", "rice", "sugar", "medicine", "diesel", "cement", "tomatoes", "cigarettes", "drinking water",
            "baby formula", "lentils", "kerosene", "cooking oil", "animal feed", "spare parts",
        ],
        ["rose"] = ["doubled", "tripled", "risen sharply", "jumped", "climbed steeply", "soared", "gone up by a third", "risen fivefold", "nearly doubled"],
        ["facility"] =
        [
            "school", "clinic", "warehouse", "cinema", "football stadium", "police academy", "grain silo", "hotel", "university dormitory",
            "textile factory", "fire station", "wedding hall", "youth centre", "sports club", "cotton gin", "bus depot",
        ],
        ["converted"] = ["barracks", "base", "prison", "command post", "weapons depot", "detention centre", "training camp", "field hospital", "garage for armored vehicles"],
        ["armed"] = ["fighters", "gunmen", "militiamen", "recruits", "guards", "volunteers", "snipers", "men in mismatched uniforms", "young fighters"],
        ["vehicles"] = ["trucks", "pickups", "buses", "fuel tankers", "minibuses", "taxis", "ambulances", "motorbikes", "tractors", "water trucks"],
        ["job"] =
        [
            "teacher", "nurse", "policeman", "civil servant", "doctor", "soldier", "engineer", "clerk", "judge", "university lecturer",
            "factory worker", "customs officer",
        ],
        ["openly"] = ["openly", "quietly", "heavily", "aggressively", "steadily", "discreetly", "in the open", "with little resistance"],
        ["control"] = ["man", "run", "control", "guard", "hold", "patrol", "tax"],
        ["barriers"] = ["checkpoints", "roadblocks", "crossings", "sand berms", "toll posts", "watchtowers"],
        ["direction"] = ["south", "north", "east", "west", "northeast", "southwest", "northwest", "southeast"],
        ["abuse"] = ["detained", "beaten", "threatened", "conscripted", "fined", "held for ransom", "forced to dig trenches"],
        ["sanctioner"] = ["Western governments", "the United Nations", "the European Union", "the U.S. Treasury", "the Arab League", "regional governments"],
        ["documents"] = ["written permission", "a signed pass", "an escort", "a sponsor inside the group", "a stamped letter"],
        ["outsiders"] = ["reporters", "journalists", "aid workers", "doctors", "election monitors", "UN staff", "engineers", "traders from the coast"],
        ["damage"] = ["damaged", "destroyed", "looted", "burned", "shelled", "flattened", "badly hit"],
        ["buildings"] = ["mosques", "schools", "bridges", "bakeries", "water stations", "clinics", "homes", "shops", "power lines", "wells"],
        ["weapons"] = ["rifles", "mortars", "anti-tank missiles", "machine guns", "drones", "rocket launchers", "armored vehicles", "sniper rifles", "grenades"],
        ["source"] =
        [
            "government stores", "army depots", "police stations", "smugglers on the border", "abandoned bases", "foreign suppliers",
            "a navy arsenal", "the black market in {city}",
        ],
        ["shortage"] = ["medicine", "fuel", "blood", "doctors", "oxygen", "anesthetics", "insulin", "beds", "generators"],
        ["taxes"] = ["fuel", "customs", "market", "livestock", "transit", "road", "water", "harvest"],
        ["adj_front"] = ["front line", "front", "line of control", "cease-fire line", "no man's land"],
        ["crime"] = ["killings", "kidnappings", "shelling", "looting", "arson attacks", "arrests", "disappearances", "executions"],
        ["accuse"] = ["using civilians as shields", "shelling homes", "blocking aid", "torturing prisoners", "planting mines", "recruiting children", "stealing aid"],
        ["time_of_day"] = ["dark", "sunset", "curfew", "dusk", "nightfall", "evening prayers"],
        ["courts"] = ["courts", "prisons", "tax offices", "police stations", "land registries", "price committees", "morality patrols"],
        ["media"] = ["videos", "photographs", "statements", "casualty lists", "maps", "sermons", "songs"],
        ["frequency"] = ["daily", "every week", "every few days", "on most days", "twice a week", "each evening"],
        ["elders"] = ["tribal elders", "local clerics", "the mayor of {city}", "a committee of notables", "women's groups", "two retired generals"],
        ["share"] = ["intelligence", "bases", "supplies", "fuel", "radio frequencies", "prisoners", "checkpoints"],
        ["salaries"] = ["salaries", "pensions", "food rations", "bonuses", "medical bills"],
        ["recruits"] = ["young men", "teenagers", "former soldiers", "unemployed graduates", "released prisoners", "farm hands", "men from the camps"],
        ["month"] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["subject"] =
        [
            "residents", "aid workers", "local officials", "two officials who spoke on condition of anonymity", "witnesses",
            "human rights groups", "security officials", "diplomats in {capital}", "doctors in {city}", "tribal leaders",
            "humanitarian agencies", "people who fled the fighting", "several fighters", "a former commander", "shopkeepers in {city}",
            "a local journalist", "two members of the provincial council", "a senior army officer",
        ],
        ["opener"] =
        [
            "Since then, ", "By some estimates, ", "In recent weeks, ", "Meanwhile, ", "For now, ", "Even so, ", "At the same time, ",
            "In practice, ", "On the ground, ", "Across {region}, ", "In {city}, ", "Privately, ", "Officially, ", "Today, ",
        ],
        ["said"] = ["said", "say", "said that", "say that", "told reporters", "reported", "estimated", "confirmed", "acknowledged"],
    };

    /// <summary>Narration clauses, written to follow "said", "according to X," or to stand alone.</summary>
    public static readonly string[] Clauses =
    [
        "{@many} {@people} have {@fled} {place} {@since}",
        "the price of {@goods} in {place} has {@rose} {@since}",
        "{@armed} from {group} [now|still|increasingly] {@control} the {@barriers} [on|along|near] the [highway|road|route] between {city} and {city2}",
        "a {@facility} in {place} has been turned into a {@converted}",
        "the {@armed} are paid [between ${low} and ${high}|about ${low}|up to ${high}] a [month|week], [more than a {@job} earns|twice what a {@job} earns|a fortune in {place}]",
        "the group [controls|runs|holds|guards] the {@barriers} into {region} and [charges|taxes] every [truck|car|shipment|bus] [that passes|that crosses|on the road] [about ${low}|{n} dollars|a fee]",
        "aid convoys have not reached {place} for {n} [weeks|months] because of {@barriers} run by {group}",
        "[local councils|the courts|the police] in {place} have [little|no] say in who is {@abuse} and who is released",
        "the {demonym} army has [withdrawn|pulled back|retreated] from [most|several|many|all but {n}] positions {@direction} of {city}",
        "the number of {@armed} in {region} has [grown sharply|roughly doubled|risen steadily|fallen] [over the past {n} years|{@since}]",
        "the militia recruits {@openly} among {@recruits} from {place}",
        "{@recruits} who refuse to join are sometimes {@abuse} at the {@barriers} around {place}",
        "electricity in {place} comes on for only [a few|{n}] hours a [day|night], and supplies of {@goods} are [rationed|scarce|sold at twice the price]",
        "nobody knows exactly how many [prisoners|hostages|detainees] {group} holds in {place}",
        "{group} runs its own {@courts} in [several|{n}|most] [villages|districts|neighborhoods] around {city}",
        "the fighting in {region} has displaced [more than|nearly|about] {thousands} people {@since}",
        "[several|{n}|most] of the dead in {place} were civilians, including [children|two women|an elderly man|a doctor|{n} farmers]",
        "the fighters of {group} now outnumber the [soldiers|police|border guards] stationed in {region} by [two to one|{n} to one|a wide margin]",
        "[smuggling|trafficking] [networks|rings|routes] along the border with {backer} [finance|pay for|fund] much of the fighting in {region}",
        "the talks in {capital} have made [little|no] progress [since the summer|this year|so far|{@since}] [on|over] [prisoners|checkpoints|the border|salaries]",
        "the [truce|ceasefire] around {place} has been broken almost every [night|day|week] {@since}",
        "{group} has taken over the collection of {@taxes} taxes in {place}",
        "most of the {@weapons} came from {@source} [looted years ago|seized in {year}|captured {when}|bought {when}]",
        "the group's media office publishes {@media} of its operations in {place} {@frequency}",
        "{@elders} [have tried|tried again {when}|offered] to mediate between {group} and {group2}",
        "hospitals in {place} are running short of {@shortage} {@since}",
        "the army and {group} share {@share} but not command in {region}",
        "the government [still|no longer|quietly] pays the {@salaries} of [many|most|thousands|some] of the {@armed} in {region}",
        "the border crossing near {city2} has changed hands [three|four|several|{n}] times {@since}",
        "[several|{n}|three] commanders of {group} have been sanctioned by {@sanctioner} {when}",
        "the {@adj_front} [near|around|outside] {place} has barely moved [in a year|since {year}|{@since}]",
        "foreign advisers [have been seen|were spotted|arrived {when}] at the group's bases [near|outside|around] {place}",
        "{group} denies any role in the {@crime} in {place} {when}",
        "{group} and {group2} accuse each other of {@accuse} in {place}",
        "the [highway|road|bridge] to {city2} is closed after {@time_of_day} [and mined at night|except to {group} {@vehicles}|to all but military {@vehicles}]",
        "[farmers|shepherds|truck drivers|traders] around {place} pay a [fee|levy|tax] of [about ${low}|{n} dollars|a tenth of their harvest] to the {@armed}",
        "{n} {@buildings} in {region} were {@damage} in the fighting {when}",
        "the group [opened|set up|moved] a recruitment office in {place} {when}",
        "the militia's [budget|payroll] is [larger than|almost as large as|twice] that of the provincial government of {region}",
        "the [UN|World Food Programme|Red Crescent] estimates that {thousands} people in {region} need [food aid|shelter|clean water] {@since}",
        "{@outsiders} need {@documents} from {group} to enter {place}",
        "shipments of {@goods} are [smuggled|trucked|carried|ferried] across the border [at night|on donkeys|in fuel tankers|through {place}] [and sold in {city}|under the eyes of {group}|for twice the official price]",
        "rival [factions|units|commanders] [clashed|exchanged fire|fought] inside {place} {when}, [killing {n}|wounding {n}|leaving {n} dead]",
        "the [local court|prosecutor|provincial council] in {place} has [stopped|suspended|refused] [hearing cases|investigations] involving {group}",
        "commanders of {group} [meet|met] [weekly|every month|in secret] with army officers in {place}",
        "{@many} {@vehicles} [waited|queued|were stuck] at the {@barriers} outside {place} {when}",
        "the [water|power|telephone] network in {place} [has been cut|was cut|has failed] {@since}",
        "the price of a [rifle|Kalashnikov|pistol] in {city} has [fallen|dropped] to [about ${low}|{n} hundred dollars]",
    ];

    /// <summary>Subjects and past-tense predicates that combine freely: armed actors.</summary>
    public static readonly string[] ArmedSubjects =
    [
        "{group}", "fighters from {group}", "{group2}", "militiamen loyal to {leader}", "[a unit|a battalion|a company|a detachment] of {group}",
        "gunmen [believed to belong to|linked to|from|said to be from] {group}", "the {demonym} army", "[special forces|border guards|riot police|army engineers]",
"[rival|local|tribal|foreign] {@armed}", "{@armed} [from|loyal to] {group2}",
        "[men|commanders|officers] close to {leader}", "[a faction|a splinter group|a breakaway wing|a local branch] of {group2}",
    ];

    public static readonly string[] ArmedPredicates =
    [
        "[seized|took over|occupied|emptied|fortified] the {@facility} in {place}",
        "[set up|manned|removed|reinforced|abandoned] {@barriers} on the [road|highway|track] to {place}",
        "[recruited|conscripted|trained|armed] {@few} {@recruits} [in|from|around] {place}",
        "[shelled|raided|searched|surrounded|looted] {@buildings} in {place}",
        "[imposed|collected|raised|doubled] {@taxes} [taxes|fees|levies] on {@people} in {place}",
        "[detained|arrested|rounded up] {@few} {@people} [accused of|suspected of] [spying|smuggling|helping {group2}|looting|deserting]",
        "[paraded|displayed|showed off] {@weapons} [captured|seized|taken] from {group2} [in|near|outside] {place}",
        "[blew up|mined|cut|closed] the [bridge|road|pipeline|power line|rail line] [between|linking] {city} and {city2}",
        "[withdrew|pulled back|retreated] from [positions|hills|farms|orchards] [around|outside|east of|west of] {place}",
        "fired [mortars|rockets|artillery shells|drones] at [{place}|positions of {group2}|a market in {place}]",
        "[escorted|protected|blocked|turned back] [a convoy|aid trucks|a delegation|a column of {@vehicles}] [bound for|heading to] {place}",
        "[dug|built|fortified] [trenches|berms|tunnels|bunkers] [around|along|under] {place}",
        "[handed out|distributed|sold] {@goods} to {@people} in {place}",
        "[confiscated|seized|requisitioned] {@goods} from {@people} in {place}",
        "[demanded|received|was promised] [{hundreds} dollars a month|a share of the {@taxes} revenue|new {@weapons}] from {backer}",
        "[ambushed|attacked|pursued] [a patrol|a convoy|fighters] of {group2} [near|on the road to|outside] {place}",
        "[opened|reopened|closed] the [border crossing|airport|grain market|main road] [near|at|in] {place} [to {@vehicles}|for {@people}|for {n} days]",
    ];

    /// <summary>Subjects and predicates that combine freely: civilians.</summary>
    public static readonly string[] PeopleSubjects =
    [
        "{@many} {@people} [from|in] {place}", "[residents|families|villagers|traders] of {place}", "[displaced|returning|frightened|angry] {@people}",
        "[women|elderly people|children|students] in {place}", "[a group|a delegation|a crowd] of {@people} from {place}",
    ];

    public static readonly string[] PeoplePredicates =
    [
        "[fled|left|abandoned] {place} [on foot|in {@vehicles}|at night|with what they could carry]",
        "[returned to|went back to|trickled back into] {place} [only to find|and found] [their homes|the {@facility}|the market] [looted|{@damage}|occupied by {@armed}]",
        "[protested|marched|gathered] outside the {@facility} in {place} [demanding|to demand|asking for] [{@salaries}|news of relatives|the release of {@many} detainees|{@goods}]",
        "[waited|queued|lined up] [for hours|overnight|since dawn] for {@goods} [in|at|near] {place}",
        "[buried|mourned] {n} [relatives|neighbors|fighters|children] in {place}",
        "[paid|were forced to pay] [about ${low}|{n} dollars|a bribe] to [pass|cross|leave] {@barriers} [run by|held by] {group}",
        "[sheltered|camped|slept] in [a {@facility}|tents|olive groves|an unfinished building] [outside|near|on the edge of] {place}",
    ];

    /// <summary>Things, prices and places, each with the predicates that fit it.</summary>
    public static readonly (string Subject, string[] Predicates)[] Things =
    [
        ("the price of {@goods} in {place}", ["[rose|fell|doubled|tripled|collapsed] [to about ${low}|by a third|{@since}|within days]", "[has|had] [doubled|tripled|more than doubled] {@since}"]),
        ("the {@facility} in {place}", ["[was|had been] [{@damage}|reopened|closed|handed back|seized] [{@since}|by {group}|during the fighting]", "[was|has been] used as a {@converted} by {group} {@since}"]),
        ("supplies of {@goods} [in|around] {place}", ["[ran out|ran short|dwindled|dried up] [after|because of|during] the [siege|fighting|blockade|clashes]", "[have been|were] [rationed|cut off|held up at the {@barriers}] {@since}"]),
        ("the [road|highway|bridge] to {place}", ["[was|had been] [closed|mined|reopened|cut] [by {group}|during the fighting|{@since}]", "[has been|was] [impassable|under fire|closed to {@vehicles}] {@since}"]),
        ("[the|a] [power station|water plant|bakery|hospital] in {place}", ["[was|had been] [{@damage}|shut down|reopened|taken over by {group}] {@since}", "[has been|was] running on generators {@since}"]),
    ];

    /// <summary>What a group's people say (first person plural), filled like the clauses.</summary>
    public static readonly string[] LeaderQuotes =
    [
        "We did not start this [war|fight|conflict] [in {place}|with {group2}], but we will [finish it|end it on our terms|not run from it]",
        "Our [fighters|men|brothers] entered {place} to [protect|defend|guard] the [families|people|farmers] there, not to [punish|rob|rule] them",
        "Nobody in {capital} asked us before they [signed|negotiated|agreed to] this [agreement|deal|arrangement] [with {group2}|over {region}|behind our backs]",
        "The {@barriers} [around|outside|on the road to] {place} will stay until the [roads|highways|villages] are [safe|secure|cleared of mines]",
        "We have received no {@weapons} from {backer}. [That is propaganda|That is a lie|They invented this story|Ask them for proof]",
        "The [prisoners|hostages|detainees] [from {place}|we hold] will be released when our [men|brothers|fighters] come home",
        "We are ready to talk [with {group2}|with anyone], but not while they [shell|bomb|besiege] {place}",
        "Our [men|fighters|volunteers] are volunteers. Nobody pays them to [die|fight|stand at the front] in {place}",
        "We will not [disarm|hand over our weapons|leave {place}] while the army cannot protect [our people|the villages of {region}|the families in {place}]",
        "This is a war, and in a war there are [violations|mistakes|excesses]. [Investigate|Look at] what {group2} did in {place}",
        "We welcome any investigation [into {place}|into the {@crime}], as long as it is [neutral|independent|fair]",
        "[Every|Any] [fighter|man|group] who [carries a weapon|raises a rifle|fires a shell] against {place} is a target",
        "We answer to the people of {region}, not to [foreign embassies|the politicians in {capital}|anyone in {backer}]",
        "The road to {place} is open for anyone who comes in [peace|good faith], [but not for {group2}|and closed to everyone else]",
        "They call us a militia. We call ourselves the [sons|defenders|guardians] of {place}",
        "If the government wants our help in {region}, it must [respect our conditions|pay our fighters|stop the arrests|release our men]",
        "We have lost [many|{n}|dozens of] [brothers|men|fighters] in {place}, and we will not forget [them|who killed them]",
        "There will be no [negotiations|talks|truce] until the last fighter of {group2} has left {place}",
        "The alliance with {group2} is about defending {place}, [nothing more|nothing else|not about politics]",
        "We lost [{n}|several] men [last night|this week|in the ambush near {place}], and the army did nothing",
        "Whoever attacked {place} will pay [a heavy price|for it|dearly], [sooner or later|whoever protects them]",
        "[Tell|Ask] {backer} [to stop|to keep out of] [our affairs|{region}|the war in {place}]. We [need|want] nothing from them",
        "[In {year}|Years ago|Before the war] we [farmed|traded|taught] in {place}. Now we [carry rifles|guard the roads|bury our dead]",
        "[{n}|Dozens of|Hundreds of] [our men|our fighters|young men from {place}] are [in prison|missing|wounded], and nobody [speaks for them|asks about them]",
        "[The army|The police|{group2}] [left|abandoned|fled] {place} [in a single night|without a fight|when the shelling started]. We stayed",
        "[Our|The] [checkpoints|patrols|courts] [keep|kept] {place} [safe|quiet|fed] when [nobody else would|the state disappeared|the army ran]",
        "[If|When] {group2} [attacks|shells|enters] {place} [again|one more time], [we will answer|the answer will be hard|they will regret it]",
        "We [buy|get|pay for] our [weapons|ammunition|fuel] [on the market|from the army depots|with our own money], [not from|never from] {backer}",
        "[Every|Each] [village|family|tribe] in {region} [sent|gave|offered] [a son|men|fighters] to [this fight|the defense of {place}|our ranks]",
    ];

    public static readonly string[] OfficialQuotes =
    [
        "The situation in {place} is [under control|calm now|stable|improving], [whatever the rumors say|and the roads are open]",
        "We are investigating the [reports|allegations|videos] from {place} and will hold those responsible [accountable|to account]",
        "The government cannot [secure|rebuild|govern] {region} alone",
        "No armed group is above the law in {region}, whoever [supports|arms|pays] it",
        "We need [our partners|the international community|{backer}] to keep [its|their] promises on {place}",
        "The army will return to {place} within [weeks|days|a month|the year]",
        "Any deal that leaves {group} armed [in {place}|in {region}] will not last",
        "We have asked [all armed groups|{group} and {group2}] to withdraw from the [highway|border crossing|city centre] [in {place}|near {city}]",
        "The [prisoners|detainees] must be handed over to the courts in {city}, not traded like [goods|cattle|cards]",
        "We will not allow {region} to become a [base|playground|battlefield] for [outside powers|{backer}|foreign agendas]",
        "There is no military solution to what is happening in {place}",
        "The displaced families [of {place}|from {region}] will go home before [the winter|the end of the year|Ramadan|the elections]",
        "[Talks|Contacts] with [all sides|{group}|the elders of {place}] are continuing, and I am [hopeful|cautiously optimistic|not giving up]",
        "[Salaries|Pensions|Fuel subsidies] [in {region}|for civil servants] [have not been paid|are months late|were cut] {@since}, and [that|this] [feeds|helps] the [militias|recruiters]",
        "[We|The ministry|The governorate] [opened|set up|expanded] [a|an] [office|hotline|commission] [in {place}|for {region}] to [receive complaints|trace missing people|register the displaced]",
        "[The|Our] [forces|police|army] [reached|entered|secured] {place} [{when}|this week|at dawn], and [the|all] [roads|schools|markets] [are open|will reopen soon]",
    ];

    public static readonly string[] AnalystQuotes =
    [
        "{group} is [stronger|richer|better armed] today than it was [five|ten|three] years ago in {region}",
        "What we are seeing in {region} is a slow [takeover|capture|hollowing out] of the state from within",
        "Nobody [in {capital}|abroad] should be surprised. The warning signs in {place} were there for years",
        "The money comes from [outside|{backer}|the border trade], and so do the [orders|weapons|priorities]",
        "Any deal that leaves {group} armed will not [last|hold|survive the next crisis in {region}]",
        "[The pact|This] between {group} and {group2} is less an alliance than a marriage of convenience",
        "The real question in {region} is who pays the {@salaries} once the fighting stops",
        "{group} has learned to speak the language of the state while keeping its own chain of command",
        "Local grievances in {place} are being exploited by people with [regional|national|foreign] ambitions",
        "It is a mistake to treat {group} as a mere proxy [of {backer}|of anyone]. It has its own [interests|agenda|constituency]",
        "The ceasefire [in {place}|between {group} and {group2}] will hold only as long as both sides think they are winning",
        "In {region} the militias are the state now, whatever the [maps|ministries|officials in {capital}] say",
        "[Most|Many|Half] of the [fighters|recruits|commanders] of {group} [come from|grew up in|were born in] {place}, [and that|which] [matters more than ideology|explains their loyalty|is their strength]",
        "[Follow|Look at] the [fuel|cement|customs|phone] [trade|business|revenue] in {region} and you will [understand|see] [the war|who really rules|why nobody wants peace]",
        "{backer} [wants|needs|is buying] [leverage|a foothold|influence] in {region}, and {group} [is the cheapest way to get it|sells it at a good price|is happy to provide it]",
    ];

    public static readonly string[] ResidentQuotes =
    [
        "They came [at night|at dawn|after prayers], took my [brother|son|cousin|husband] and we have not heard from him since",
        "We left {place} with nothing, not even our [papers|blankets|shoes|medicine]",
        "The shelling [starts|begins] every [evening|night] after [prayers|sunset|dinner], and the children [hide|sleep] in the [kitchen|basement|corridor]",
        "My [shop|bakery|pharmacy|workshop] in {place} has been closed for [three|four|six|{n}] months",
        "Nobody protects us [in {place}|here], not the army and not the [militias|fighters|police]",
        "We just want the [schools|clinic|market|bakery] in {place} to open again",
        "The {@armed} took over the {@facility} and turned it into a {@converted}",
        "Every family in {place} has lost [someone|a son|a brother]",
        "We pay at every [checkpoint|roadblock], even to bring {@goods} into {place}",
        "At first we welcomed {group}. Now we are afraid to [speak|go out|answer the phone]",
        "The water in {place} has been cut for [two|three|{n}] weeks",
        "My children cannot sleep because of the [drones|shelling|gunfire|planes]",
    ];

    public static readonly string[] Topics =
    [
        "the exchange of prisoners", "the reopening of the highway to {city2}", "the withdrawal of heavy weapons", "the return of displaced families",
        "the security of the border crossing", "a possible ceasefire", "the salaries of the fighters", "the control of the oil fields",
        "the division of checkpoints", "the release of hostages", "the coming elections", "the reconstruction of {city}",
    ];

    public static readonly string[] Targets =
    [
        "an army checkpoint", "a police station", "a convoy", "a market", "a military base", "a bus carrying soldiers",
        "a camp for displaced families", "positions held by rival fighters", "a power station", "a border post",
    ];

    public static readonly string[] Victims =
    [
        "soldiers", "civilians", "policemen", "fighters", "people", "members of the security forces", "villagers",
    ];

    public static readonly string[] Subheads =
    [
        "A fragile truce", "The road to {city}", "Old rivals", "Who pays the fighters", "Foreign hands", "Life under the militias",
        "A state within a state", "The prisoners", "What comes next", "Behind the front line", "The money trail", "Broken promises",
    ];

    public static readonly string[] Closings =
    [
        "Neither {group} nor {group2} responded to requests for comment [on {place}|this week|by the time of publication].",
        "A spokesman for {group} did not respond to questions sent by [email|phone|messaging app] [on {day}|this week].",
        "It was not clear how many [fighters|civilians|prisoners] remained in {place} [on {day}|this week|by nightfall].",
        "The {demonym} government has not commented on the reports from {place}.",
        "For the families of {place}, the wait [goes on|continues|is not over].",
        "Few in {place} expect the [calm|truce|quiet] to last [long|beyond the summer|until the elections].",
        "The next round of talks [between {group} and {group2}|on {region}] is expected in {capital} [next month|within weeks|after the holidays].",
    ];

    public static readonly string[] Comments =
    [
        "This is exactly what some of us predicted in {year}. Nobody listened.",
        "Follow the money. Somebody is paying for all those trucks.",
        "I was in {city} in {year}. The militias were already running the checkpoints back then.",
        "Another war we were told would be over in six months.",
        "Funny how {backer} is never mentioned on the evening news.",
        "The author clearly has never set foot in the region.",
        "Great reporting, thank you.",
        "Remember when {western} said the same thing about {country}? How did that work out?",
        "Oil. It is always about the oil.",
        "Both sides are as bad as each other, and the civilians pay for it.",
        "Can anyone explain why we are still sending money there?",
        "Excellent piece. The part about the checkpoints rings true.",
        "I doubt many of you have been there lately. I have, and it is worse than this.",
        "Wake me up when the mainstream press covers this.",
        "The comments here are better than the article.",
        "My cousin drove that highway last year. Five checkpoints, five bribes.",
        "Same story every decade, different names.",
        "Who exactly benefits from this? Ask that question first.",
        "So the good guys are the bad guys now? I can't keep up.",
        "Thanks for the link. Sobering reading.",
    ];

    public static readonly string[] NumberWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
}
