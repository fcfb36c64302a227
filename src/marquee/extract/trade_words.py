"""The trade's vocabulary for companies, genres and places: general words and common
names of broadcasters and distributors, never facts about any one show.

These lists add to :mod:`marquee.vocab` (the pipeline's ruler) for the extractors
of :mod:`marquee.extract.company`, :mod:`~marquee.extract.genre` and
:mod:`~marquee.extract.location`.
"""

from __future__ import annotations

# Broadcasters beyond the ruler's list live in marquee.vocab (MORE_NETWORKS), where the
# title rules can read them too.

# Film distributors and the majors: a film's company named with a release is a
# `distributor` (a TV studio named with a series is a `production_company`).
DISTRIBUTORS: tuple[str, ...] = (
    "A24", "Neon", "NEON", "Focus Features", "Studiocanal", "StudioCanal", "MUBI", "Mubi",
    "IFC Films", "Searchlight Pictures", "Fox Searchlight", "Magnolia Pictures", "Bleecker Street",
    "Roadside Attractions", "Annapurna Pictures", "Annapurna", "Lionsgate", "Universal",
    "Universal Pictures", "Paramount", "Paramount Pictures", "Sony", "Sony Pictures",
    "Sony Pictures Classics", "Columbia Pictures", "Columbia", "Warner Bros.", "Warner Bros",
    "Warner Bros. Pictures", "Disney", "Walt Disney Studios", "20th Century Studios",
    "20th Century Fox", "MGM", "United Artists", "Orion Pictures", "STX", "STXfilms",
    "Entertainment One", "eOne", "Pathé", "Gaumont", "Artificial Eye", "Curzon",
    "Vertigo Releasing", "Signature Entertainment", "Altitude", "Picturehouse Entertainment",
    "Elevation Pictures", "Kino Lorber", "Oscilloscope", "Sideshow", "Janus Films",
    "Samuel Goldwyn Films", "Vertical Entertainment", "Open Road Films",
    "Briarcliff Entertainment", "Well Go USA", "Utopia", "Lionsgate Films", "Focus", "Beta Film",
    "Studio Canal",
)

# Last words that make a capitalised name a company ("Halvern Pictures", "Gull Rock
# Productions"); "Television", "Film", "Comedy", "International" only after another name.
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {"alternative", "animation", "cinema", "co.", "comedy", "company", "content", "distribution",
     "drama", "enterprises", "entertainment", "factual", "features", "fiction", "film", "filmes",
     "filmproduction", "filmproduktion", "films", "group", "inc", "inc.", "industries",
     "international", "labs", "llc", "ltd", "media", "networks", "originals", "partners",
     "pictures", "pictures.", "producciones", "production", "productions", "produktion",
     "produzioni", "releasing", "studio", "studios", "television", "tv", "unscripted", "works",
     "worldwide"}
)

# Suffixes that end a company name only after a name of two words or more, or a known
# company ("Netflix Animation", "Sky Studios").
WEAK_SUFFIXES: frozenset[str] = frozenset(
    {"comedy", "company", "content", "drama", "factual", "film", "group", "international", "labs",
     "media", "networks", "originals", "partners", "television", "tv", "works"}
)

# Names that end in a suffix but are never companies.
NOT_COMPANY_WORDS: frozenset[str] = frozenset(
    {"Academy", "Association", "Award", "Awards", "Commission", "Conference", "Council", "Critics",
     "Festival", "Fund", "Guild", "Institute", "Market", "Museum", "Prize", "School", "Season",
     "Series", "Society", "Summit", "University", "Week"}
)

# Words that name a company by its role ("her production company, X", "their X banner").
COMPANY_NOUNS: frozenset[str] = frozenset(
    {"banner", "company", "distributor", "firm", "group", "house", "imprint", "indie", "label",
     "outfit", "partner", "powerhouse", "prodco", "producer", "production company",
     "production house", "shingle", "studio"}
)

# Nouns that stand for a company named before ("the streamer"), with the kind of company.
ROLE_NOUNS: dict[str, str] = {
    "streamer": "network",
    "network": "network",
    "broadcaster": "network",
    "channel": "network",
    "service": "network",
    "platform": "network",
    "cabler": "network",
    "net": "network",
    "studio": "studio",
    "distributor": "distributor",
    "mini-major": "distributor",
    "indie": "distributor",
    "pubcaster": "network",
}

# Lemmas of verbs whose subject or agent makes the work ("produced by X", "X produces").
PRODUCE_VERBS: frozenset[str] = frozenset(
    {"animate", "co-finance", "co-produce", "coproduce", "develop", "executive-produce", "finance",
     "make", "produce"}
)

# Lemmas of distribution, whatever the work ("will release", "handling sales").
STRONG_DISTRIBUTE_WORDS: frozenset[str] = frozenset(
    {"acquire", "acquisition", "buy", "distribute", "distribution", "distributor", "licence",
     "license", "licensing", "purchase", "release", "right", "rights", "sale", "sales", "sell"}
)

# Lemmas that speak of distribution when the work is a film ("opens the film",
# "won the auction for", "closed a deal for", "grossed $5 million for").
DISTRIBUTE_WORDS: frozenset[str] = frozenset(
    {"auction", "bid", "bidding", "bow", "box", "cinema", "date", "deal", "gross", "land", "nab",
     "open", "pact", "push", "snap", "territories", "territory", "theater", "theatre",
     "theatrical", "theatrically", "win"}
)

# Lemmas of what a network does with a work ("ordered by X", "X renewed", "airs on X").
NETWORK_VERBS: frozenset[str] = frozenset(
    {"acquire", "add", "air", "announce", "assemble", "attach", "axe", "board", "book", "bring",
     "broadcast", "cancel", "carry", "cast", "commission", "commit", "confirm", "debut", "decide",
     "develop", "drop", "end", "feature", "fill", "give", "greenlight", "hand", "have", "hit",
     "host", "join", "land", "launch", "make", "move", "offer", "order", "pick", "premiere",
     "pull", "recommission", "release", "renew", "return", "reveal", "revive", "run", "say",
     "schedule", "scrap", "secure", "set", "share", "show", "stream", "tap", "unveil", "wait",
     "want", "win"}
)

# Heads of a genre noun phrase that are part of the genre ("crime drama", "sitcom").
GENRE_HEADS: frozenset[str] = frozenset(
    {"actioner", "adventure", "anime", "anthology", "biopic", "caper", "cartoon", "chiller",
     "comedy", "comedy-drama", "competition", "docu-drama", "docudrama", "documentary", "drama",
     "drama-comedy", "dramady", "dramedy", "epic", "fantasy", "farce", "gameshow", "horror",
     "horror-comedy", "magazine", "melodrama", "mockumentary", "musical", "mystery", "noir",
     "opera", "panto", "pantomime", "parody", "potboiler", "procedural", "puppet", "quiz", "revue",
     "rom-com", "romance", "romcom", "romp", "saga", "satire", "sci-fi", "serial", "sitcom",
     "slasher", "soap", "spoof", "tearjerker", "telenovela", "thriller", "tragedy", "weepie",
     "western", "whodunit", "whodunnit"}
)

# Genre heads that make a genre only with a modifier ("the singing competition").
WEAK_GENRE_HEADS: frozenset[str] = frozenset(
    {"adventure", "caper", "cartoon", "competition", "epic", "magazine", "opera", "puppet", "quiz",
     "revue", "romp", "saga", "serial", "tragedy"}
)

# Words that make a kind head a genre ("the sketch series", "a true-crime docuseries").
GENRE_WORDS: frozenset[str] = frozenset(
    {"action", "actioner", "adult", "adventure", "animated", "animation", "anime", "anthology",
     "arts", "baking", "baseball", "biopic", "black", "body", "boxing", "buddy", "caper",
     "cartoon", "celebrity", "chat", "children's", "chiller", "circus", "comedy", "comedy-drama",
     "comic", "coming-of-age", "competition", "conspiracy", "cookery", "cooking", "cop", "cosmic",
     "costume", "courtroom", "creature", "crime", "cyberpunk", "dance", "dark", "dating",
     "detective", "disaster", "docu-drama", "docudrama", "documentary", "docuseries", "drama",
     "drama-comedy", "dramady", "dramedy", "dystopian", "emergency", "ems", "epic", "erotic",
     "espionage", "fairy-tale", "family", "fantasy", "farce", "farming", "fiction", "financial",
     "fire", "firefighter", "fishing", "folk", "football", "game", "game-show", "gameshow",
     "gangster", "gothic", "heist", "historical", "history", "home", "horror", "horror-comedy",
     "hospital", "kids", "kung", "legal", "lifestyle", "magazine", "makeover", "martial",
     "medical", "melodrama", "military", "mob", "mockumentary", "monster", "murder", "music",
     "musical", "mystery", "nature", "neo-noir", "news", "noir", "occult", "opera", "panel",
     "panto", "pantomime", "paranormal", "parody", "period", "police", "political",
     "post-apocalyptic", "potboiler", "preschool", "prison", "procedural", "property",
     "psychological", "pub", "puppet", "quiz", "racing", "reality", "reality-competition",
     "renovation", "revenge", "revue", "road", "rom-com", "romance", "romantic", "romcom", "romp",
     "saga", "samurai", "satire", "satirical", "sci-fi", "science", "science-fiction", "scifi",
     "serial", "singing", "sitcom", "sketch", "slasher", "soap", "southern", "space", "spoof",
     "sporting", "sports", "spy", "stand-up", "steampunk", "stop-motion", "superhero",
     "supernatural", "survival", "suspense", "talent", "talk", "tearjerker", "tech", "techno",
     "teen", "telenovela", "thriller", "tragedy", "travel", "true", "true-crime", "unscripted",
     "vampire", "variety", "war", "weepie", "western", "whodunit", "whodunnit", "wildlife",
     "workplace", "young-adult", "zombie"}
)

# Nouns of a kind of work that a genre drops ("the spy thriller series" -> "spy thriller").
KIND_NOUNS: frozenset[str] = frozenset(
    {"adaptation", "blockbuster", "docu-series", "docuseries", "entry", "feature", "film", "flick",
     "format", "franchise", "hit", "import", "installment", "instalment", "mini-series",
     "miniseries", "movie", "offering", "original", "picture", "pilot", "prequel", "program",
     "programme", "project", "reboot", "remake", "revival", "sequel", "series", "show", "special",
     "spin-off", "spinoff", "strand", "telefilm", "vehicle"}
)

# Pre-modifiers that describe a work's form or standing, not its genre.
NOT_GENRE_WORDS: frozenset[str] = frozenset(
    {"10-episode", "90-minute", "acclaimed", "ambitious", "american", "another", "anticipated",
     "award-winning", "bafta-winning", "beloved", "big", "big-budget", "bilingual", "breakout",
     "brilliant", "british", "broadcast", "buzzy", "cable", "celebrated", "charming", "classic",
     "clever", "critically", "cult", "daily", "daytime", "delightful", "eight-episode",
     "eight-part", "emmy-winning", "english-language", "ensemble", "entire", "episode", "episodic",
     "eponymous", "feature", "feature-length", "final", "fine", "first", "five-part", "flagship",
     "fledgling", "foreign-language", "former", "forthcoming", "four-part", "freshman", "friday",
     "funny", "gentle", "global", "good", "great", "half", "half-hour", "high-profile",
     "highest-rated", "hit", "hour", "hour-long", "hourlong", "huge", "iconic", "ill-fated",
     "independent", "indie", "international", "last", "late-night", "latest", "lavish", "limited",
     "linear", "little", "live", "live-action", "local", "long-awaited", "long-running",
     "low-budget", "lowest-rated", "major", "massive", "modest", "monday", "most-watched",
     "much-loved", "multi-camera", "multicamera", "national", "network", "new", "next", "night",
     "nightly", "off-beat", "one-hour", "one-season", "original", "oscar-winning", "other", "own",
     "part", "perfect", "pilot", "planned", "popular", "premium", "prestige", "previous",
     "primetime", "proposed", "quiet", "rare", "recent", "returning", "rival", "same", "saturday",
     "scripted", "second", "serialised", "serialized", "sharp", "short-lived", "single-camera",
     "six-episode", "six-part", "sleeper", "small", "smart", "smash", "sophomore", "splashy",
     "standalone", "star", "star-studded", "streaming", "studio", "successful", "sunday",
     "sunday-night", "surprise", "sweeping", "television", "ten-episode", "terrific", "third",
     "three-part", "thursday", "tiny", "titular", "top-rated", "troubled", "tuesday", "tv",
     "two-hour", "two-part", "two-season", "unscripted", "untitled", "upcoming", "wednesday",
     "weekly", "well-received", "well-reviewed", "whole", "wonderful"}
)

# Lemmas of words of filming: the place of ``shot in X``, ``filming in X``.
FILMING_WORDS: frozenset[str] = frozenset(
    {"backlot", "base", "block", "build", "camera", "cameras", "double", "exteriors", "film",
     "film-making", "filmed", "filming", "films", "footage", "interiors", "lens", "lense",
     "lensing", "location", "locations", "lot", "photograph", "photography", "principal",
     "production", "record", "recording", "reshoot", "reshoots", "scene", "scenes", "sequence",
     "sequences", "set", "shoot", "shooting", "shoots", "shot", "soundstage", "stage", "stand",
     "studio", "studios", "tape", "taping", "work", "wrap"}
)

# Lemmas of words of a setting: ``set in X``, ``takes place in X``, ``follows ... in X``.
SETTING_WORDS: frozenset[str] = frozenset(
    {"about", "arrive", "center", "centre", "chart", "chronicle", "comedy", "depict", "drama",
     "explore", "flee", "focus", "follow", "grow", "inherit", "journey", "land", "leave", "live",
     "move", "play", "portray", "reenter", "relocate", "return", "revolve", "roam", "run", "saga",
     "set", "settle", "star", "story", "strand", "take", "tale", "tell", "thriller", "trace",
     "travel", "unfold", "wake"}
)

# Two-word US states, Canadian provinces and the like, that follow a city after a comma
# ("Portland, Oregon").
REGIONS: frozenset[str] = frozenset(
    {"Alabama", "Alaska", "Alberta", "Arizona", "Arkansas", "Australia", "British Columbia",
     "Calif.", "California", "Canada", "Colorado", "Connecticut", "D.C.", "DC", "Delaware",
     "England", "Florida", "France", "Ga.", "Georgia", "Germany", "Hawaii", "Idaho", "Illinois",
     "Indiana", "Iowa", "Ireland", "Italy", "Kansas", "Kentucky", "La.", "Louisiana", "Maine",
     "Manitoba", "Maryland", "Massachusetts", "Mexico", "Michigan", "Minnesota", "Mississippi",
     "Missouri", "Montana", "N.C.", "N.Y.", "Nebraska", "Nevada", "New Brunswick", "New Hampshire",
     "New Jersey", "New Mexico", "New York", "New Zealand", "Newfoundland", "North Carolina",
     "North Dakota", "Northern Ireland", "Nova Scotia", "Ohio", "Oklahoma", "Ontario", "Oregon",
     "Pennsylvania", "Quebec", "Rhode Island", "Saskatchewan", "Scotland", "South Carolina",
     "South Dakota", "Spain", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Wales",
     "Washington", "West Virginia", "Wisconsin", "Wyoming"}
)
