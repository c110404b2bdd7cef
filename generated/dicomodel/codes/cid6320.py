"""CID 6320 Abdominopelvic Intervention.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1377.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6320
NAME: _Final[str] = "Abdominopelvic Intervention"
KEYWORD: _Final[str | None] = "AbdominopelvicIntervention"
UID: _Final[str | None] = "1.2.840.10008.6.1.1377"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OperationOnPelvicRegionOfTrunk: _Final[_Code] = _Code(
    "SCT", "609638001", "Operation on pelvic region of trunk", (6320,)
)
"""Operation on pelvic region of trunk (SCT 609638001)."""

Prostatectomy: _Final[_Code] = _Code("SCT", "90470006", "Prostatectomy", (6320, 6323))
"""Prostatectomy (SCT 90470006)."""

Cryoablation: _Final[_Code] = _Code("NCIt", "C15215", "Cryoablation", (6320,))
"""Cryoablation (NCIt C15215)."""

IrreversibleElectroporation: _Final[_Code] = _Code(
    "NCIt", "C131483", "Irreversible electroporation", (6320,)
)
"""Irreversible electroporation (NCIt C131483)."""

FocusedUltrasoundAblation: _Final[_Code] = _Code(
    "NCIt", "C68681", "Focused ultrasound ablation", (6320,)
)
"""Focused ultrasound ablation (NCIt C68681)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OperationOnPelvicRegionOfTrunk,
    Prostatectomy,
    Cryoablation,
    IrreversibleElectroporation,
    FocusedUltrasoundAblation,
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
