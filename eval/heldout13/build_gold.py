"""Builds gold.json for the fourteenth held-out set (heldout13) from the annotations below (run:
python3 eval/heldout13/build_gold.py). Edit here, rebuild, then run check_gold.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_writer import GoldWriter
W = GoldWriter(__file__)
P, G, L, rel, rels, ev, cl, ACC, NOISE, BP = W.P, W.G, W.L, W.rel, W.rels, W.ev, W.cl, W.ACC, W.NOISE, W.BP


# ---------------- w01 Mexico, Los Zetas: a news-agency live blog, newest first ----------------
k = "w01"
P(k, "trevino", "Miguel Ángel Treviño Morales", "Miguel Ángel Treviño Morales", "Treviño", "Z-40", "Miguel Ángel")
P(k, "omar", "Omar Treviño Morales", "Omar Treviño Morales", "Z-42", "Omar")
P(k, "lozano_r", "Rebeca Lozano")
P(k, "cardenas", "Osiel Cárdenas Guillén", "Osiel Cárdenas Guillén", "Cárdenas Guillén")
P(k, "guzman_decena", "Arturo Guzmán Decena")
P(k, "vergara", "José Luis Vergara", "José Luis Vergara", "Vergara")
P(k, "lazcano", "Heriberto Lazcano Lazcano", "Heriberto Lazcano Lazcano", "El Lazca", "Z-3", "Lazcano")
P(k, "sanchez", "Eduardo Sánchez", "Eduardo Sánchez", "Sánchez")
P(k, "osorio", "Miguel Ángel Osorio Chong")
G(k, "zetas", "Los Zetas", "Los Zetas", "Zetas")
G(k, "navy", "Mexican Navy", "Mexican Navy")
G(k, "pgr", "Attorney General's Office")
G(k, "state_dept", "US State Department")
G(k, "observatory", "Northern Border Security Observatory")
G(k, "gafe", "Special Forces Airmobile Group", "Special Forces Airmobile Group", "GAFE")
G(k, "gulf", "Gulf Cartel")
L(k, "nuevo_laredo", "Nuevo Laredo")
L(k, "mexico_city", "Mexico City")
L(k, "nuevo_leon", "Nuevo León")
L(k, "coahuila", "Coahuila")
L(k, "tamaulipas", "Tamaulipas")
L(k, "monterrey", "Monterrey")
L(k, "matamoros", "Matamoros")
L(k, "united_states", "United States")
L(k, "progreso", "Progreso")
L(k, "san_fernando", "San Fernando")
rels(k, [("trevino", "leads", "zetas"), ("navy", "opposed_to", "trevino"), ("pgr", "opposed_to", "trevino"),
         ("omar", "member_of", "zetas"), ("lozano_r", "member_of", "observatory"), ("cardenas", "leads", "gulf"),
         ("guzman_decena", "leads", "zetas"), ("zetas", "opposed_to", "gulf"), ("vergara", "spokesperson_for", "navy"),
         ("lazcano", "leads", "zetas"), ("trevino", "reports_to", "lazcano")])
ev(k, "trevino_captured", "2013-07-15", "day", ["trevino", "navy", "nuevo_laredo"], "captured before dawn on Monday")
ev(k, "senate_briefing", "2013-07-17", "day", ["osorio"], "due to brief senators on Wednesday")
ev(k, "guzman_decena_killed", "2002-11", "month", ["guzman_decena", "matamoros"], "in Matamoros in November 2002")
ev(k, "cardenas_arrested", "2003-03", "month", ["cardenas"], "was arrested in March 2003")
ev(k, "cardenas_extradited", "2007-01", "month", ["cardenas", "united_states"], "in January 2007")
ev(k, "zetas_split", "2010", "approximate", ["zetas", "gulf"], "In early 2010 the Zetas broke away")
ev(k, "lazcano_killed", "2012-10-07", "day", ["lazcano", "progreso", "coahuila"], "on 7 October last year")
ev(k, "body_stolen", "2012-10-08", "day", ["lazcano"], "The next day gunmen stole his body")
ev(k, "san_fernando", "2010-08", "month", ["zetas", "san_fernando", "tamaulipas"], "in August 2010")
ev(k, "casino", "2011-08-25", "day", ["zetas", "monterrey"], "on 25 August 2011")
ev(k, "trevino_born", "1973", "year", ["trevino", "nuevo_laredo"], "born in Nuevo Laredo in 1973")
cl(k, "lozano_r", "The brothers ran the organisation like a family firm, and a family firm does not close because the father is in jail")
cl(k, "lozano_r", "What changes is discipline. The cells in Coahuila and Tamaulipas will test Omar very quickly.")
cl(k, "vergara", "his bodyguard and his accountant")
cl(k, "vergara", "will keep the pressure on every cell of this organisation, whoever leads it.")
cl(k, "sanchez", "This man was detained without a single shot being fired")
cl(k, "sanchez", "That is what intelligence work looks like.")
cl(k, "sanchez", "planned and carried out by Mexicans")
NOISE.append({"source": k, "names": ["Martín Esquivel", "Carla Benavides", "Joan Fitch", "Houston", "Mexico"]})
ACC += ["NORTHBOUND NEWS AGENCY", "LIVE", "Northbound", "CDT", "Refresh", "Vice Admiral José Luis Vergara",
        "Vice Admiral", "Security spokesman Eduardo Sánchez", "Interior Minister Miguel Ángel Osorio Chong",
        "Interior Minister", "Casino Royale", "Background", "Confirmed", "Unconfirmed", "Mexicans", "Spanish",
        "Monday 15 July 2013", "Updates newest first", "All times CDT"]
BP[k] = "Reporting by Martín Esquivel"

W.write()
