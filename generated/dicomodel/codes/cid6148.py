"""CID 6148 Mediastinum Finding or Feature.

Extensible, version 20200309, UID 1.2.840.10008.6.1.1313.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6148
NAME: _Final[str] = "Mediastinum Finding or Feature"
KEYWORD: _Final[str | None] = "MediastinumFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1313"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200309"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008)."""

AzygoesophagealRecessInterface: _Final[_Code] = _Code(
    "DCM", "112090", "Azygoesophageal recess interface", (6148,)
)
"""Azygoesophageal recess interface (DCM 112090)."""

FascialLayer: _Final[_Code] = _Code("SCT", "120576005", "Fascial layer", (6148,))
"""Fascial layer (SCT 120576005)."""

Hiatus: _Final[_Code] = _Code("DCM", "112095", "Hiatus", (6148,))
"""Hiatus (DCM 112095)."""

ParaspinalLine: _Final[_Code] = _Code("DCM", "112091", "Paraspinal line", (6148,))
"""Paraspinal line (DCM 112091)."""

PosteriorTrachealStripe: _Final[_Code] = _Code(
    "DCM", "112092", "Posterior tracheal stripe", (6148,)
)
"""Posterior tracheal stripe (DCM 112092)."""

RightTrachealStripe: _Final[_Code] = _Code("DCM", "112093", "Right tracheal stripe", (6148,))
"""Right tracheal stripe (DCM 112093)."""

Stripe: _Final[_Code] = _Code("DCM", "112094", "Stripe", (6148,))
"""Stripe (DCM 112094)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AtrialSeptalDefect,
    AzygoesophagealRecessInterface,
    FascialLayer,
    Hiatus,
    ParaspinalLine,
    PosteriorTrachealStripe,
    RightTrachealStripe,
    Stripe,
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
