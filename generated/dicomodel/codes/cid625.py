"""CID 625 Injectable Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20160212, UID 1.2.840.10008.6.1.1090.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 625
NAME: _Final[str] = "Injectable Anesthesia Agent for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "InjectableAnesthesiaAgentForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1090"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160212"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Alphachloralose: _Final[_Code] = _Code("SCT", "277016007", "Alphachloralose", (625,))
"""Alphachloralose (SCT 277016007)."""

Alphadolone: _Final[_Code] = _Code("SCT", "125707004", "Alphadolone", (625,))
"""Alphadolone (SCT 125707004)."""

Alphaxalone: _Final[_Code] = _Code("UMLS", "C0051482", "Alphaxalone", (625,))
"""Alphaxalone (UMLS C0051482)."""

Azaperone: _Final[_Code] = _Code("SCT", "96229001", "Azaperone", (625,))
"""Azaperone (SCT 96229001)."""

Butabarbital: _Final[_Code] = _Code("SCT", "372901004", "Butabarbital", (625,))
"""Butabarbital (SCT 372901004)."""

ChloralHydrate: _Final[_Code] = _Code("SCT", "273948005", "Chloral hydrate", (625,))
"""Chloral hydrate (SCT 273948005)."""

Diazepam: _Final[_Code] = _Code("SCT", "387264003", "Diazepam", (625,))
"""Diazepam (SCT 387264003)."""

Droperidol: _Final[_Code] = _Code("SCT", "387146001", "Droperidol", (625,))
"""Droperidol (SCT 387146001)."""

Etomidate: _Final[_Code] = _Code("SCT", "387218008", "Etomidate", (625,))
"""Etomidate (SCT 387218008)."""

Fluanisone: _Final[_Code] = _Code("UMLS", "C0060473", "Fluanisone", (625,))
"""Fluanisone (UMLS C0060473)."""

Ketamine: _Final[_Code] = _Code("SCT", "373464007", "Ketamine", (625,))
"""Ketamine (SCT 373464007)."""

Methohexital: _Final[_Code] = _Code("SCT", "373488009", "Methohexital", (625,))
"""Methohexital (SCT 373488009)."""

Metomidate: _Final[_Code] = _Code("UMLS", "C0025856", "Metomidate", (625,))
"""Metomidate (UMLS C0025856)."""

Midazolam: _Final[_Code] = _Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007)."""

Pentobarbital: _Final[_Code] = _Code("SCT", "372703009", "Pentobarbital", (625,))
"""Pentobarbital (SCT 372703009)."""

Propofol: _Final[_Code] = _Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006)."""

Thiamylal: _Final[_Code] = _Code("SCT", "40342009", "Thiamylal", (625,))
"""Thiamylal (SCT 40342009)."""

Thiopental: _Final[_Code] = _Code("SCT", "387448009", "Thiopental", (625,))
"""Thiopental (SCT 387448009)."""

Tiletamine: _Final[_Code] = _Code("SCT", "96265006", "Tiletamine", (625,))
"""Tiletamine (SCT 96265006)."""

Tribromoethanol: _Final[_Code] = _Code("SCT", "84386009", "Tribromoethanol", (625,))
"""Tribromoethanol (SCT 84386009)."""

Urethane: _Final[_Code] = _Code("SCT", "873008", "Urethane (ethyl carbamate)", (625,))
"""Urethane (ethyl carbamate) (SCT 873008)."""

Xylazine: _Final[_Code] = _Code("SCT", "96230006", "Xylazine", (625,))
"""Xylazine (SCT 96230006)."""

Zolazepam: _Final[_Code] = _Code("SCT", "96227004", "Zolazepam", (625,))
"""Zolazepam (SCT 96227004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
