"""CID 65 Imaging Agent Administration Premedication.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1255.
Includes CID 66.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 65
NAME: _Final[str] = "Imaging Agent Administration Premedication"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationPremedication"
UID: _Final[str | None] = "1.2.840.10008.6.1.1255"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = (66,)
EXTERNAL_SCHEME: _Final[str | None] = None

Prednisone: _Final[_Code] = _Code("SCT", "116602009", "Prednisone", (65,))
"""Prednisone (SCT 116602009)."""

Diphenhydramine: _Final[_Code] = _Code("SCT", "372682005", "Diphenhydramine", (65,))
"""Diphenhydramine (SCT 372682005)."""

Methylprednisolone: _Final[_Code] = _Code("SCT", "116593003", "Methylprednisolone", (65,))
"""Methylprednisolone (SCT 116593003)."""

MethylprednisoloneSodiumPhosphate: _Final[_Code] = _Code(
    "SCT", "412248005", "Methylprednisolone sodium phosphate", (65,)
)
"""Methylprednisolone sodium phosphate (SCT 412248005)."""

HydrocortisoneSodiumSuccinate: _Final[_Code] = _Code(
    "SCT", "109066000", "Hydrocortisone sodium succinate", (65,)
)
"""Hydrocortisone sodium succinate (SCT 109066000)."""

DexamethasoneSodiumSulfate: _Final[_Code] = _Code(
    "SCT", "49992008", "Dexamethasone sodium sulfate", (65,)
)
"""Dexamethasone sodium sulfate (SCT 49992008)."""

H1Antihistamine: _Final[_Code] = _Code("SCT", "373228009", "H-1 Antihistamine", (65,))
"""H-1 Antihistamine (SCT 373228009)."""

Ephedrine: _Final[_Code] = _Code("SCT", "387358007", "Ephedrine", (65,))
"""Ephedrine (SCT 387358007)."""

Papaverine: _Final[_Code] = _Code("SCT", "372784001", "Papaverine", (10, 65))
"""Papaverine (SCT 372784001)."""

Propofol: _Final[_Code] = _Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006). Included from CID 66."""

Midazolam: _Final[_Code] = _Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007). Included from CID 66."""

Sufentanil: _Final[_Code] = _Code("SCT", "49998007", "Sufentanil", (66,))
"""Sufentanil (SCT 49998007). Included from CID 66."""

Remifentanil: _Final[_Code] = _Code("SCT", "386839004", "Remifentanil", (66,))
"""Remifentanil (SCT 386839004). Included from CID 66."""

Alfentanil: _Final[_Code] = _Code("SCT", "387560008", "Alfentanil", (66,))
"""Alfentanil (SCT 387560008). Included from CID 66."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Prednisone,
    Diphenhydramine,
    Methylprednisolone,
    MethylprednisoloneSodiumPhosphate,
    HydrocortisoneSodiumSuccinate,
    DexamethasoneSodiumSulfate,
    H1Antihistamine,
    Ephedrine,
    Papaverine,
    Propofol,
    Midazolam,
    Sufentanil,
    Remifentanil,
    Alfentanil,
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
