"""The trade's vocabulary for companies, genres and places: general words and common
names of broadcasters and distributors, never facts about any one show.

These lists add to :mod:`marquee.nlp.vocab` (the pipeline's ruler) for the extractors
of :mod:`marquee.extract.company`, :mod:`~marquee.extract.genre` and
:mod:`~marquee.extract.location`.
"""

from __future__ import annotations

# Broadcasters, channels and streamers beyond the ruler's list (the `network` role).
MORE_NETWORKS: tuple[str, ...] = (
    "Sky", "Sky Comedy", "Sky Italia", "Sky Max", "Sky Showcase", "Sky Cinema", "Sky Arts",
    "Now TV", "NOW", "Canal+", "BritBox", "Acorn TV", "ZDF", "ARD", "DR", "NRK", "SVT",
    "TV4", "RTL", "RTL 4", "Rai 1", "Rai 2", "Rai 3", "France 2", "France 3",
    "France Télévisions", "Arte", "TF1", "M6", "ITVX", "STV", "GSN", "Max", "More4",
    "All 4", "Dave", "Gold", "Alibi", "CBBC", "CBeebies", "CBC", "CTV", "Global", "Crave",
    "Stan", "Binge", "Foxtel", "RTÉ", "RTE", "TG4", "Virgin Media", "Pluto TV", "Tubi",
    "Roku Channel", "The Roku Channel", "Crunchyroll", "Shudder", "AMC+", "Starz", "MGM+",
    "WE tv", "Oxygen", "E!", "Bravo", "Walter Presents", "BBC iPlayer", "iPlayer",
    "Amazon Video", "BBC Scotland", "BBC Wales", "BBC Alba", "BBC News", "ITV3", "ITV4",
    "Channel 4", "Film4", "U&Dave", "UKTV", "Paramount+ with Showtime", "Hallmark",
    "Hallmark+", "Lifetime", "History", "Nat Geo", "National Geographic", "Discovery+",
    "Magnolia Network", "OWN", "Fuse", "Ovation", "AMC Networks", "Netflix", "Hulu",
    "Disney+", "Apple TV+", "Peacock", "Paramount+", "Prime Video", "Showtime", "Epix",
    "Spectrum", "Spectrum Originals", "Freevee", "IMDb TV", "The CW", "CW", "Fox", "NBC",
    "ABC", "CBS", "HBO", "HBO Max", "FX", "FX on Hulu", "Super RTL", "Nickelodeon",
    "Nick Jr.", "Disney Junior", "Disney XD", "Cartoon Network", "Adult Swim", "Boomerang",
    "Syfy", "USA Network", "TNT", "TBS", "truTV", "IFC", "AMC", "BET", "BET+", "VH1",
    "Comedy Central", "Paramount Network", "Showtime", "Sundance Now", "SundanceTV",
)
# Names that are networks only with a cue of airing ("on Max", "Dave's"): each is also
# a common word or first name.
AMBIGUOUS_NETWORKS: frozenset[str] = frozenset(
    {"Max", "Dave", "NOW", "Gold", "Global", "Stan", "Binge", "History", "Alibi", "DR",
     "Arte", "E!", "Lifetime", "Hallmark", "Spectrum", "Fuse", "Ovation", "Oxygen"}
)
# Names of networks that are also festivals or places: a network only after "on".
FESTIVAL_NAMES: frozenset[str] = frozenset(
    {"Sundance", "Tribeca", "Cannes", "Venice", "Berlinale", "SXSW", "Telluride", "Toronto"}
)
# Film distributors and the majors: a film's company named with a release is a
# `distributor` (a TV studio named with a series is a `production_company`).
DISTRIBUTORS: tuple[str, ...] = (
    "A24", "Neon", "NEON", "Focus Features", "Studiocanal", "StudioCanal", "MUBI", "Mubi",
    "IFC Films", "Searchlight Pictures", "Fox Searchlight", "Magnolia Pictures",
    "Bleecker Street", "Roadside Attractions", "Annapurna Pictures", "Annapurna",
    "Lionsgate", "Universal", "Universal Pictures", "Paramount", "Paramount Pictures",
    "Sony", "Sony Pictures", "Sony Pictures Classics", "Columbia Pictures", "Columbia",
    "Warner Bros.", "Warner Bros", "Warner Bros. Pictures", "Disney", "Walt Disney Studios",
    "20th Century Studios", "20th Century Fox", "MGM", "United Artists", "Orion Pictures",
    "STX", "STXfilms", "Entertainment One", "eOne", "Pathé", "Gaumont", "Artificial Eye",
    "Curzon", "Vertigo Releasing", "Signature Entertainment", "Altitude",
    "Picturehouse Entertainment", "Elevation Pictures", "Kino Lorber", "Oscilloscope",
    "Sideshow", "Janus Films", "Samuel Goldwyn Films", "Vertical Entertainment",
    "Legendary", "Miramax", "New Line",
    "DreamWorks", "Pixar", "Blumhouse", "Lucasfilm", "Marvel Studios", "Open Road Films",
    "Briarcliff Entertainment", "Well Go USA", "Utopia", "Lionsgate Films",
    "Focus", "Beta Film", "Fremantle", "FremantleMedia", "BBC Studios", "ITV Studios",
    "All3Media", "All3Media International", "Banijay", "Banijay Rights", "Red Arrow Studios",
    "ZDF Enterprises", "Sky Studios", "Studio Canal",
)
# Last words that make a capitalised name a company ("Halvern Pictures", "Gull Rock
# Productions"); "Television", "Film", "Comedy", "International" only after another name.
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {"pictures", "productions", "production", "produktion", "filmproduktion",
     "producciones", "produzioni", "films", "film", "studios", "studio", "entertainment",
     "media", "television", "tv", "animation", "comedy", "industries", "distribution",
     "international", "enterprises", "cinema", "fiction", "group", "company", "features",
     "worldwide", "content", "releasing", "filmes", "filmproduction", "originals",
     "networks", "unscripted", "alternative", "labs", "works", "inc", "inc.", "ltd", "llc",
     "co.", "partners", "pictures.", "drama", "factual"}
)
# Suffixes that end a company name only after a name of two words or more, or a known
# company ("Netflix Animation", "Sky Studios").
WEAK_SUFFIXES: frozenset[str] = frozenset(
    {"television", "tv", "comedy", "international", "drama", "factual", "group", "works",
     "content", "originals", "networks", "company", "partners", "labs", "media", "film"}
)
# Names that end in a suffix but are never companies.
NOT_COMPANY_WORDS: frozenset[str] = frozenset(
    {"Festival", "Award", "Awards", "Academy", "Institute", "School", "University",
     "Council", "Museum", "Guild", "Society", "Association", "Commission", "Fund",
     "Critics", "Week", "Market", "Summit", "Conference", "Prize", "Season", "Series"}
)
# Words that name a company by its role ("her production company, X", "their X banner").
COMPANY_NOUNS: frozenset[str] = frozenset(
    {"banner", "shingle", "company", "outfit", "label", "studio", "production company",
     "prodco", "imprint", "house", "production house", "indie", "producer", "distributor",
     "powerhouse", "group", "firm", "partner"}
)
# Nouns that stand for a company named before ("the streamer"), with the kind of company.
ROLE_NOUNS: dict[str, str] = {
    "streamer": "network", "network": "network", "broadcaster": "network",
    "channel": "network", "service": "network", "platform": "network",
    "cabler": "network", "net": "network", "studio": "studio", "distributor": "distributor",
    "mini-major": "distributor", "indie": "distributor", "pubcaster": "network",
}
# Lemmas of verbs whose subject or agent makes the work ("produced by X", "X produces").
PRODUCE_VERBS: frozenset[str] = frozenset(
    {"produce", "co-produce", "coproduce", "make", "develop", "animate", "finance",
     "co-finance", "executive-produce"}
)
# Lemmas of distribution, whatever the work ("will release", "handling sales").
STRONG_DISTRIBUTE_WORDS: frozenset[str] = frozenset(
    {"distribute", "distribution", "distributor", "release", "sale", "sales", "acquire",
     "acquisition", "buy", "right", "rights", "license", "licence", "licensing", "sell",
     "purchase"}
)
# Lemmas that speak of distribution when the work is a film ("opens the film",
# "won the bidding war for", "closed a deal for", "grossed $5 million for").
DISTRIBUTE_WORDS: frozenset[str] = frozenset(
    {"bid", "bidding", "auction", "theater", "theatre", "cinema", "gross", "box", "open", "deal",
     "pact", "territory", "territories", "theatrically", "theatrical", "push", "date",
     "land", "win", "nab", "snap", "bow"}
)
# Lemmas of what a network does with a work ("ordered by X", "X renewed", "airs on X").
NETWORK_VERBS: frozenset[str] = frozenset(
    {"order", "commission", "recommission", "renew", "cancel", "axe", "revive", "greenlight",
     "pick", "air", "broadcast", "stream", "premiere", "debut", "launch", "land", "move",
     "return", "hand", "give", "set", "schedule", "announce", "confirm", "say", "drop",
     "release", "unveil", "reveal", "pull", "scrap", "end", "add", "carry", "host",
     "develop", "win", "secure", "acquire", "share", "bring", "decide",
     "make", "want", "have", "assemble", "fill", "hit", "join", "run", "show",
     "feature", "attach", "book", "tap", "cast", "offer", "wait", "commit", "board"}
)
# Heads of a genre noun phrase that are part of the genre ("crime drama", "sitcom").
GENRE_HEADS: frozenset[str] = frozenset(
    {"drama", "comedy", "sitcom", "thriller", "romance", "mystery", "western", "musical",
     "fantasy", "horror", "competition", "anthology", "satire", "farce", "mockumentary",
     "dramedy", "procedural", "soap", "telenovela", "documentary", "docudrama", "biopic",
     "adventure", "epic", "caper", "whodunit", "romp", "chiller", "tearjerker", "melodrama",
     "noir", "cartoon", "anime", "spoof", "parody", "revue", "actioner", "tragedy", "opera",
     "magazine", "quiz", "gameshow", "rom-com", "romcom", "comedy-drama", "saga", "sci-fi",
     "horror-comedy", "docu-drama", "dramady", "serial", "whodunnit", "weepie",
     "potboiler", "slasher", "panto", "pantomime", "puppet", "drama-comedy"}
)
# Genre heads that make a genre only with a modifier ("the singing competition").
WEAK_GENRE_HEADS: frozenset[str] = frozenset(
    {"competition", "adventure", "epic", "saga", "magazine", "quiz", "opera", "serial",
     "romp", "caper", "tragedy", "revue", "puppet", "cartoon"}
)
# Words that make a kind head a genre ("the sketch series", "a true-crime docuseries").
GENRE_WORDS: frozenset[str] = GENRE_HEADS | frozenset(
    {"crime", "spy", "cop", "detective", "police", "medical", "legal", "courtroom", "heist",
     "disaster", "superhero", "war", "action", "period", "political", "teen", "family",
     "space", "survival", "supernatural", "historical", "costume", "psychological",
     "coming-of-age", "sports", "science", "fiction", "dark", "black", "romantic",
     "workplace", "road", "buddy", "monster", "zombie", "vampire", "animated", "stop-motion",
     "kids", "children's", "preschool", "unscripted", "reality", "talk", "game", "sketch",
     "variety", "talent", "dating", "cooking", "baking", "singing", "dance", "property",
     "makeover", "travel", "nature", "wildlife", "music", "news", "satirical", "comic",
     "dystopian", "post-apocalyptic", "southern", "fairy-tale", "gothic", "neo-noir", "true-crime",
     "true", "docuseries", "documentary", "quiz", "panel", "chat", "game-show", "cookery",
     "lifestyle", "history", "science-fiction", "espionage", "conspiracy", "revenge",
     "murder", "mystery", "suspense", "erotic", "gangster", "mob", "prison", "hospital",
     "military", "western", "fantasy", "horror", "thriller", "comedy", "drama",
     "animation", "adult", "musical", "satire", "sitcom", "reality-competition",
     "competition", "docudrama", "mockumentary", "anthology", "procedural", "rom-com",
     "soap", "sci-fi", "scifi", "paranormal", "occult", "cyberpunk", "steampunk", "martial",
     "arts", "kung", "samurai", "stand-up", "young-adult", "noir", "slasher", "creature",
     "body", "folk", "cosmic",
     "techno", "tech", "financial", "sporting", "boxing", "football", "baseball", "racing",
     "firefighter", "fire", "ems", "emergency", "celebrity", "circus", "pub", "fishing",
     "farming", "home", "renovation"}
)
# Nouns of a kind of work that a genre drops ("the spy thriller series" -> "spy thriller").
KIND_NOUNS: frozenset[str] = frozenset(
    {"series", "show", "film", "movie", "feature", "pilot", "sequel", "prequel", "spinoff",
     "spin-off", "reboot", "revival", "remake", "adaptation", "special", "franchise",
     "miniseries", "mini-series", "project", "entry", "installment", "instalment",
     "offering", "programme", "program", "docuseries", "docu-series", "picture", "flick",
     "telefilm", "original", "vehicle", "blockbuster", "hit", "import", "format", "strand"}
)
# Pre-modifiers that describe a work's form or standing, not its genre.
NOT_GENRE_WORDS: frozenset[str] = frozenset(
    {"new", "former", "latest", "upcoming", "forthcoming", "long-running", "hit", "freshman",
     "sophomore", "acclaimed", "critically", "popular", "beloved", "cult", "original",
     "first", "second", "third", "final", "last", "next", "previous", "recent", "limited",
     "half-hour", "hour-long", "hourlong", "half", "hour", "single-camera", "multi-camera",
     "multicamera", "scripted", "unscripted", "english-language", "foreign-language",
     "bilingual", "live", "weekly", "nightly", "daily", "primetime", "flagship", "breakout",
     "award-winning", "emmy-winning", "bafta-winning", "oscar-winning", "star-studded",
     "big-budget", "low-budget", "sweeping", "gentle", "ambitious", "buzzy", "splashy",
     "high-profile", "lavish", "star", "ensemble", "six-part", "eight-part", "big",
     "little", "small", "feature", "untitled", "planned", "proposed",
     "returning", "standalone", "eponymous", "titular", "long-awaited", "anticipated",
     "successful", "troubled", "ill-fated", "short-lived", "fledgling",
     "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "night", "late-night", "daytime", "one-season", "two-season", "sunday-night",
     "global", "local", "british", "american", "national", "international", "indie",
     "independent", "studio", "network", "cable", "streaming", "premium", "broadcast",
     "linear", "tv", "television", "own", "same", "other", "another", "whole", "entire",
     "most-watched", "top-rated", "highest-rated", "lowest-rated", "much-loved", "classic",
     "iconic", "celebrated", "well-received", "well-reviewed", "part", "episode", "prestige",
     "quiet", "modest", "surprise", "sleeper", "smash", "massive", "major", "huge", "tiny",
     "serialized", "serialised", "episodic", "pilot", "live-action", "one-hour", "two-hour",
     "90-minute", "feature-length", "six-episode", "eight-episode", "ten-episode",
     "10-episode", "three-part", "four-part", "two-part", "five-part", "rare", "perfect",
     "great", "good", "fine", "funny", "smart", "sharp", "clever", "brilliant", "rival",
     "terrific", "wonderful", "delightful", "charming", "off-beat"}
)

# Lemmas of words of filming: the place of ``shot in X``, ``filming in X``.
FILMING_WORDS: frozenset[str] = frozenset(
    {"film", "shoot", "filming", "shooting", "tape", "taping", "lens", "lense", "photography",
     "production", "lensing", "location", "locations", "set", "stage", "soundstage",
     "studio", "studios", "lot", "backlot", "exteriors", "interiors", "camera", "cameras",
     "principal", "block", "footage", "scene", "scenes", "sequence", "sequences", "record",
     "recording", "shot", "shoots", "films", "filmed", "work", "base", "build",
     "double", "stand", "wrap", "reshoot", "reshoots", "photograph", "film-making"}
)
# Lemmas of words of a setting: ``set in X``, ``takes place in X``, ``follows ... in X``.
SETTING_WORDS: frozenset[str] = frozenset(
    {"set", "take", "follow", "center", "centre", "unfold", "revolve", "chronicle",
     "tell", "explore", "depict", "portray", "chart", "trace", "focus", "live", "grow",
     "arrive", "return", "move", "relocate", "settle", "run", "inherit", "strand", "wake",
     "star", "play", "journey", "travel", "flee", "leave", "reenter", "roam", "land",
     "story", "about", "drama", "comedy", "tale", "saga", "thriller"}
)
# Two-word US states, Canadian provinces and the like, that follow a city after a comma
# ("Portland, Oregon").
REGIONS: frozenset[str] = frozenset(
    {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
     "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
     "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
     "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
     "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
     "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
     "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
     "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec",
     "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
     "New Brunswick", "Newfoundland", "D.C.", "DC", "Calif.", "N.Y.", "N.C.", "Ga.", "La.",
     "Ireland", "Northern Ireland", "Scotland", "Wales", "England", "Italy",
     "France", "Spain", "Germany", "Australia", "New Zealand", "Canada", "Mexico"}
)
