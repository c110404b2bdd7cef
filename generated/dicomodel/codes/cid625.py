"""CID 625 Injectable Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20160212, UID 1.2.840.10008.6.1.1090.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 625
NAME: Final[str] = "Injectable Anesthesia Agent for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "InjectableAnesthesiaAgentForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1090"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160212"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Alphachloralose: Final[Code] = Code("SCT", "277016007", "Alphachloralose", (625,))
"""Alphachloralose (SCT 277016007)."""

Alphadolone: Final[Code] = Code("SCT", "125707004", "Alphadolone", (625,))
"""Alphadolone (SCT 125707004)."""

Alphaxalone: Final[Code] = Code("UMLS", "C0051482", "Alphaxalone", (625,))
"""Alphaxalone (UMLS C0051482)."""

Azaperone: Final[Code] = Code("SCT", "96229001", "Azaperone", (625,))
"""Azaperone (SCT 96229001)."""

Butabarbital: Final[Code] = Code("SCT", "372901004", "Butabarbital", (625,))
"""Butabarbital (SCT 372901004)."""

ChloralHydrate: Final[Code] = Code("SCT", "273948005", "Chloral hydrate", (625,))
"""Chloral hydrate (SCT 273948005)."""

Diazepam: Final[Code] = Code("SCT", "387264003", "Diazepam", (625,))
"""Diazepam (SCT 387264003)."""

Droperidol: Final[Code] = Code("SCT", "387146001", "Droperidol", (625,))
"""Droperidol (SCT 387146001)."""

Etomidate: Final[Code] = Code("SCT", "387218008", "Etomidate", (625,))
"""Etomidate (SCT 387218008)."""

Fluanisone: Final[Code] = Code("UMLS", "C0060473", "Fluanisone", (625,))
"""Fluanisone (UMLS C0060473)."""

Ketamine: Final[Code] = Code("SCT", "373464007", "Ketamine", (625,))
"""Ketamine (SCT 373464007)."""

Methohexital: Final[Code] = Code("SCT", "373488009", "Methohexital", (625,))
"""Methohexital (SCT 373488009)."""

Metomidate: Final[Code] = Code("UMLS", "C0025856", "Metomidate", (625,))
"""Metomidate (UMLS C0025856)."""

Midazolam: Final[Code] = Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007)."""

Pentobarbital: Final[Code] = Code("SCT", "372703009", "Pentobarbital", (625,))
"""Pentobarbital (SCT 372703009)."""

Propofol: Final[Code] = Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006)."""

Thiamylal: Final[Code] = Code("SCT", "40342009", "Thiamylal", (625,))
"""Thiamylal (SCT 40342009)."""

Thiopental: Final[Code] = Code("SCT", "387448009", "Thiopental", (625,))
"""Thiopental (SCT 387448009)."""

Tiletamine: Final[Code] = Code("SCT", "96265006", "Tiletamine", (625,))
"""Tiletamine (SCT 96265006)."""

Tribromoethanol: Final[Code] = Code("SCT", "84386009", "Tribromoethanol", (625,))
"""Tribromoethanol (SCT 84386009)."""

Urethane: Final[Code] = Code("SCT", "873008", "Urethane (ethyl carbamate)", (625,))
"""Urethane (ethyl carbamate) (SCT 873008)."""

Xylazine: Final[Code] = Code("SCT", "96230006", "Xylazine", (625,))
"""Xylazine (SCT 96230006)."""

Zolazepam: Final[Code] = Code("SCT", "96227004", "Zolazepam", (625,))
"""Zolazepam (SCT 96227004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Alphachloralose,
    Alphadolone,
    Alphaxalone,
    Azaperone,
    Butabarbital,
    ChloralHydrate,
    Diazepam,
    Droperidol,
    Etomidate,
    Fluanisone,
    Ketamine,
    Methohexital,
    Metomidate,
    Midazolam,
    Pentobarbital,
    Propofol,
    Thiamylal,
    Thiopental,
    Tiletamine,
    Tribromoethanol,
    Urethane,
    Xylazine,
    Zolazepam,
)
"""The resolved membership: own members, then those of the included groups, in order."""
