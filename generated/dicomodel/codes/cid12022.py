"""CID 12022 Fetal Cranium Anatomic Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1007.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12022
NAME: _Final[str] = "Fetal Cranium Anatomic Site"
KEYWORD: _Final[str | None] = "FetalCraniumAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1007"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorHornLateralVentricle: _Final[_Code] = _Code(
    "SCT", "30399003", "Anterior Horn Lateral Ventricle", (12022,)
)
"""Anterior Horn Lateral Ventricle (SCT 30399003)."""

Cerebellum: _Final[_Code] = _Code(
    "SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022)
)
"""Cerebellum (SCT 113305005)."""

CerebralHemisphere: _Final[_Code] = _Code("SCT", "372073000", "Cerebral hemisphere", (7153, 12022))
"""Cerebral hemisphere (SCT 372073000)."""

CisternaMagna: _Final[_Code] = _Code("SCT", "54165005", "Cisterna magna", (12020, 12022))
"""Cisterna magna (SCT 54165005)."""

LateralVentricle: _Final[_Code] = _Code("SCT", "66720007", "Lateral Ventricle", (7140, 7153, 12022))
"""Lateral Ventricle (SCT 66720007)."""

OccipitalRegionOfScalp: _Final[_Code] = _Code(
    "SCT", "700032006", "Occipital region of scalp", (12022,)
)
"""Occipital region of scalp (SCT 700032006)."""

Orbit: _Final[_Code] = _Code("SCT", "363654007", "Orbit", (1002, 4028, 4031, 7483, 12022))
"""Orbit (SCT 363654007)."""

PosteriorHornLateralVentricle: _Final[_Code] = _Code(
    "SCT", "52943005", "Posterior Horn Lateral Ventricle", (12022,)
)
"""Posterior Horn Lateral Ventricle (SCT 52943005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteriorHornLateralVentricle,
    Cerebellum,
    CerebralHemisphere,
    CisternaMagna,
    LateralVentricle,
    OccipitalRegionOfScalp,
    Orbit,
    PosteriorHornLateralVentricle,
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
