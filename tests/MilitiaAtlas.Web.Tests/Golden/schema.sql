-- The schema of a freshly migrated atlas database (GoldenStoreTests; UPDATE_GOLDEN=1 rewrites it).

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "Claims" (
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    Ordinal INTEGER NOT NULL,
    PassageOrdinal INTEGER NOT NULL,
    Start INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    SpeakerId TEXT NULL,
    Quoted INTEGER NOT NULL,
    PRIMARY KEY (SourceNum, Ordinal)
) WITHOUT ROWID;

CREATE TABLE ConfirmedRelations (
    SubjectId TEXT NOT NULL,
    Predicate TEXT NOT NULL,
    ObjectId TEXT NOT NULL,
    PRIMARY KEY (SubjectId, Predicate, ObjectId)
) WITHOUT ROWID;

CREATE TABLE CuratedAliases (
    EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
    Alias TEXT NOT NULL,
    PRIMARY KEY (EntityId, Alias)
) WITHOUT ROWID;

CREATE TABLE CurationRecordEntities (
    EntityId TEXT NOT NULL,
    RecordId INTEGER NOT NULL REFERENCES CurationRecords (Id) ON DELETE CASCADE,
    PRIMARY KEY (EntityId, RecordId)
) WITHOUT ROWID;

CREATE TABLE CurationRecords (
    Id INTEGER PRIMARY KEY,
    Verb TEXT NOT NULL,
    Operation TEXT NOT NULL,
    Reason TEXT NOT NULL,
    CreatedBy TEXT NOT NULL,
    CreatedAt TEXT NOT NULL,
    UndoneBy TEXT NULL,
    UndoneAt TEXT NULL,
    Effects TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE Entities (
    Id TEXT NOT NULL PRIMARY KEY,
    Type TEXT NOT NULL,
    Name TEXT NOT NULL,
    PlaceId TEXT NULL,
    Country TEXT NULL,
    Lat REAL NULL,
    Lon REAL NULL,
    Curated INTEGER NOT NULL DEFAULT 0,
    CuratedName INTEGER NOT NULL DEFAULT 0,
    Rejected INTEGER NOT NULL DEFAULT 0
, CuratedType INTEGER NOT NULL DEFAULT 0);

CREATE TABLE EntityKeys (
    Type TEXT NOT NULL,
    Key TEXT NOT NULL,
    EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
    PRIMARY KEY (Type, Key, EntityId)
) WITHOUT ROWID;

CREATE TABLE EntitySurfaces (
    EntityId TEXT NOT NULL,
    Surface TEXT NOT NULL,
    Count INTEGER NOT NULL,
    PRIMARY KEY (EntityId, Surface)
) WITHOUT ROWID;

CREATE TABLE "EventEntities" (
    EventId TEXT NOT NULL REFERENCES Events (Id) ON DELETE CASCADE,
    EntityId TEXT NOT NULL,
    Role TEXT NOT NULL,
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    Cue TEXT NOT NULL DEFAULT '',
    Year TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (EventId, EntityId, SourceNum)
) WITHOUT ROWID;

CREATE TABLE "EventEvidence" (
    EventId TEXT NOT NULL REFERENCES Events (Id) ON DELETE CASCADE,
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    ClaimOrdinal INTEGER NOT NULL,
    Date TEXT NULL,
    EndDate TEXT NULL,
    Precision TEXT NOT NULL,
    DateText TEXT NOT NULL,
    DateStart INTEGER NOT NULL,
    DateEnd INTEGER NOT NULL,
    PRIMARY KEY (EventId, SourceNum, ClaimOrdinal)
) WITHOUT ROWID;

CREATE TABLE Events (
    Id TEXT NOT NULL PRIMARY KEY,
    Date TEXT NULL,
    EndDate TEXT NULL,
    Precision TEXT NOT NULL,
    DateText TEXT NOT NULL,
    Summary TEXT NOT NULL
, Cue TEXT NOT NULL DEFAULT '');

CREATE TABLE "Mentions" (
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    Start INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    EntityId TEXT NOT NULL REFERENCES Entities (Id),
    Surface TEXT NOT NULL,
    Reference INTEGER NOT NULL DEFAULT 0,
    TitleStart INTEGER NULL,
    ClaimOrdinal INTEGER NULL, ExtentStart INTEGER NULL, ExtentEnd INTEGER NULL,
    PRIMARY KEY (SourceNum, Start)
) WITHOUT ROWID;

CREATE TABLE "PassageShingles" (
    Hash INTEGER NOT NULL,
    SourceNum INTEGER NOT NULL,
    PassageOrdinal INTEGER NOT NULL,
    PRIMARY KEY (Hash, SourceNum, PassageOrdinal)
) WITHOUT ROWID;

CREATE TABLE "Passages" (
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    Ordinal INTEGER NOT NULL,
    Start INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    Kind TEXT NOT NULL,
    ReusedFromSourceNum INTEGER NULL,
    ReusedFromOrdinal INTEGER NULL,
    PRIMARY KEY (SourceNum, Ordinal)
) WITHOUT ROWID;

CREATE TABLE "RelationEvidence" (
    SubjectId TEXT NOT NULL,
    Predicate TEXT NOT NULL,
    ObjectId TEXT NOT NULL,
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    ClaimOrdinal INTEGER NOT NULL, Quoted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (SubjectId, Predicate, ObjectId, SourceNum, ClaimOrdinal)
) WITHOUT ROWID;

CREATE TABLE SearchIndexPending (Id INTEGER PRIMARY KEY CHECK (Id = 1));

CREATE TABLE SearchNames (
    Id INTEGER PRIMARY KEY,
    EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
    Name TEXT NOT NULL,
    Fold TEXT NOT NULL,
    Translit TEXT NOT NULL,
    Skeleton TEXT NOT NULL
);

CREATE VIRTUAL TABLE SearchNamesFts USING fts5 (
    Translit,
    Skeleton,
    content = 'SearchNames',
    content_rowid = 'Id',
    tokenize = 'trigram remove_diacritics 1'
);

CREATE TABLE 'SearchNamesFts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'SearchNamesFts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'SearchNamesFts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'SearchNamesFts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE "SearchTexts" (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL);

CREATE VIRTUAL TABLE SearchTextsFts USING fts5 (
    Text,
    content = 'SearchTexts',
    content_rowid = 'Id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE 'SearchTextsFts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'SearchTextsFts_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'SearchTextsFts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'SearchTextsFts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE Sources (
    Id TEXT NOT NULL PRIMARY KEY,
    FileKey TEXT NOT NULL,
    File TEXT NOT NULL,
    Title TEXT NOT NULL,
    Outlet TEXT NULL,
    Author TEXT NULL,
    Published TEXT NULL,
    Url TEXT NULL,
    Format TEXT NOT NULL,
    Text TEXT NOT NULL,
    ContentHash TEXT NOT NULL,
    IngestedAt TEXT NOT NULL,
    Warnings TEXT NULL
, Shingles BLOB NULL, Num INTEGER NULL);

CREATE TABLE StockShingles (Hash INTEGER PRIMARY KEY);

CREATE TABLE TypeEvidence (
    SourceNum INTEGER NOT NULL REFERENCES Sources (Num) ON DELETE CASCADE,
    Start INTEGER NOT NULL,
    Cue TEXT NOT NULL,
    Type TEXT NOT NULL,
    EntityId TEXT NOT NULL REFERENCES Entities (Id) ON DELETE CASCADE,
    "End" INTEGER NOT NULL,
    CueStart INTEGER NULL,
    CueEnd INTEGER NULL,
    Weight INTEGER NOT NULL,
    Count INTEGER NOT NULL,
    ClaimOrdinal INTEGER NULL,
    PRIMARY KEY (SourceNum, Start, Cue, Type)
) WITHOUT ROWID;

CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX IX_Claims_Speaker ON Claims (SpeakerId) WHERE SpeakerId IS NOT NULL;

CREATE INDEX IX_EntityKeys_Entity ON EntityKeys (EntityId);

CREATE INDEX IX_EventEntities_Match ON EventEntities (EntityId, Cue, Year);

CREATE INDEX IX_EventEntities_Source ON EventEntities (SourceNum);

CREATE INDEX IX_EventEvidence_Source ON EventEvidence (SourceNum);

CREATE INDEX IX_Events_Date ON Events (Date);

CREATE INDEX IX_Mentions_Entity ON Mentions (EntityId, SourceNum, ClaimOrdinal);

CREATE INDEX IX_Passages_ReusedFrom ON Passages (ReusedFromSourceNum) WHERE ReusedFromSourceNum IS NOT NULL;

CREATE INDEX IX_RelationEvidence_Object ON RelationEvidence (ObjectId);

CREATE INDEX IX_RelationEvidence_Source ON RelationEvidence (SourceNum);

CREATE INDEX IX_SearchNames_Entity ON SearchNames (EntityId);

CREATE INDEX IX_SearchNames_Fold ON SearchNames (Fold);

CREATE INDEX IX_SearchNames_Skeleton ON SearchNames (Skeleton);

CREATE INDEX IX_SearchNames_Translit ON SearchNames (Translit);

CREATE UNIQUE INDEX IX_Sources_FileKey ON Sources (FileKey);

CREATE UNIQUE INDEX IX_Sources_Num ON Sources (Num);

CREATE INDEX IX_Sources_Published ON Sources (Published, Num);

CREATE INDEX IX_TypeEvidence_Entity ON TypeEvidence (EntityId);

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE VIEW VisibleEntities AS SELECT * FROM Entities WHERE Rejected = 0;

CREATE TRIGGER SearchNames_Delete AFTER DELETE ON SearchNames BEGIN
    INSERT INTO SearchNamesFts (SearchNamesFts, rowid, Translit, Skeleton) VALUES ('delete', old.Id, old.Translit, old.Skeleton);
END;

CREATE TRIGGER SearchNames_Update AFTER UPDATE ON SearchNames BEGIN
    INSERT INTO SearchNamesFts (SearchNamesFts, rowid, Translit, Skeleton) VALUES ('delete', old.Id, old.Translit, old.Skeleton);
    INSERT INTO SearchNamesFts (rowid, Translit, Skeleton) VALUES (new.Id, new.Translit, new.Skeleton);
END;

CREATE TRIGGER SearchTexts_Delete AFTER DELETE ON SearchTexts BEGIN INSERT INTO SearchTextsFts (SearchTextsFts, rowid, Text) VALUES ('delete', old.Id, old.Text);  END;

CREATE TRIGGER SearchTexts_Update AFTER UPDATE ON SearchTexts BEGIN INSERT INTO SearchTextsFts (SearchTextsFts, rowid, Text) VALUES ('delete', old.Id, old.Text); INSERT INTO SearchTextsFts (rowid, Text) VALUES (new.Id, new.Text); END;
