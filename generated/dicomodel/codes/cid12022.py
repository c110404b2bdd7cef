"""CID 12022 Fetal Cranium Anatomic Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1007.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12022
NAME: Final[str] = "Fetal Cranium Anatomic Site"
KEYWORD: Final[str | None] = "FetalCraniumAnatomicSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1007"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorHornLateralVentricle: Final[Code] = Code(
    "SCT", "30399003", "Anterior Horn Lateral Ventricle", (12022,)
)
"""Anterior Horn Lateral Ventricle (SCT 30399003)."""

Cerebellum: Final[Code] = Code("SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022))
"""Cerebellum (SCT 113305005)."""

CerebralHemisphere: Final[Code] = Code("SCT", "372073000", "Cerebral hemisphere", (7153, 12022))
"""Cerebral hemisphere (SCT 372073000)."""

CisternaMagna: Final[Code] = Code("SCT", "54165005", "Cisterna magna", (12020, 12022))
"""Cisterna magna (SCT 54165005)."""

LateralVentricle: Final[Code] = Code("SCT", "66720007", "Lateral Ventricle", (7140, 7153, 12022))
"""Lateral Ventricle (SCT 66720007)."""

OccipitalRegionOfScalp: Final[Code] = Code(
    "SCT", "700032006", "Occipital region of scalp", (12022,)
)
"""Occipital region of scalp (SCT 700032006)."""

Orbit: Final[Code] = Code("SCT", "363654007", "Orbit", (1002, 4028, 4031, 7483, 12022))
"""Orbit (SCT 363654007)."""

PosteriorHornLateralVentricle: Final[Code] = Code(
    "SCT", "52943005", "Posterior Horn Lateral Ventricle", (12022,)
)
"""Posterior Horn Lateral Ventricle (SCT 52943005)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
