"""CID 65 Imaging Agent Administration Premedication.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1255.
Includes CID 66.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 65
NAME: Final[str] = "Imaging Agent Administration Premedication"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationPremedication"
UID: Final[str | None] = "1.2.840.10008.6.1.1255"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = (66,)
EXTERNAL_SCHEME: Final[str | None] = None

Prednisone: Final[Code] = Code("SCT", "116602009", "Prednisone", (65,))
"""Prednisone (SCT 116602009)."""

Diphenhydramine: Final[Code] = Code("SCT", "372682005", "Diphenhydramine", (65,))
"""Diphenhydramine (SCT 372682005)."""

Methylprednisolone: Final[Code] = Code("SCT", "116593003", "Methylprednisolone", (65,))
"""Methylprednisolone (SCT 116593003)."""

MethylprednisoloneSodiumPhosphate: Final[Code] = Code(
    "SCT", "412248005", "Methylprednisolone sodium phosphate", (65,)
)
"""Methylprednisolone sodium phosphate (SCT 412248005)."""

HydrocortisoneSodiumSuccinate: Final[Code] = Code(
    "SCT", "109066000", "Hydrocortisone sodium succinate", (65,)
)
"""Hydrocortisone sodium succinate (SCT 109066000)."""

DexamethasoneSodiumSulfate: Final[Code] = Code(
    "SCT", "49992008", "Dexamethasone sodium sulfate", (65,)
)
"""Dexamethasone sodium sulfate (SCT 49992008)."""

H1Antihistamine: Final[Code] = Code("SCT", "373228009", "H-1 Antihistamine", (65,))
"""H-1 Antihistamine (SCT 373228009)."""

Ephedrine: Final[Code] = Code("SCT", "387358007", "Ephedrine", (65,))
"""Ephedrine (SCT 387358007)."""

Papaverine: Final[Code] = Code("SCT", "372784001", "Papaverine", (10, 65))
"""Papaverine (SCT 372784001)."""

Propofol: Final[Code] = Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006). Included from CID 66."""

Midazolam: Final[Code] = Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007). Included from CID 66."""

Sufentanil: Final[Code] = Code("SCT", "49998007", "Sufentanil", (66,))
"""Sufentanil (SCT 49998007). Included from CID 66."""

Remifentanil: Final[Code] = Code("SCT", "386839004", "Remifentanil", (66,))
"""Remifentanil (SCT 386839004). Included from CID 66."""

Alfentanil: Final[Code] = Code("SCT", "387560008", "Alfentanil", (66,))
"""Alfentanil (SCT 387560008). Included from CID 66."""

MEMBERS: Final[tuple[Code, ...]] = (
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
