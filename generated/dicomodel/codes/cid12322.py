"""CID 12322 Elastography Measurement Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1449.
Includes CID 7170.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12322
NAME: Final[str] = "Elastography Measurement Site"
KEYWORD: Final[str | None] = "ElastographyMeasurementSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1449"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = (7170,)
EXTERNAL_SCHEME: Final[str | None] = None

Background: Final[Code] = Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040)."""

ThyroidNodule: Final[Code] = Code("SCT", "237495005", "Thyroid Nodule", (12322,))
"""Thyroid Nodule (SCT 237495005)."""

CouinaudHepaticSegmentI: Final[Code] = Code(
    "SCT", "71133005", "Couinaud hepatic segment I", (7170,)
)
"""Couinaud hepatic segment I (SCT 71133005). Included from CID 7170."""

CouinaudHepaticSegmentII: Final[Code] = Code(
    "SCT", "277956007", "Couinaud hepatic segment II", (7170,)
)
"""Couinaud hepatic segment II (SCT 277956007). Included from CID 7170."""

CouinaudHepaticSegmentIII: Final[Code] = Code(
    "SCT", "277957003", "Couinaud hepatic segment III", (7170,)
)
"""Couinaud hepatic segment III (SCT 277957003). Included from CID 7170."""

CouinaudHepaticSegmentIV: Final[Code] = Code(
    "SCT", "277958008", "Couinaud hepatic segment IV", (7170,)
)
"""Couinaud hepatic segment IV (SCT 277958008). Included from CID 7170."""

CouinaudHepaticSegmentV: Final[Code] = Code(
    "SCT", "277959000", "Couinaud hepatic segment V", (7170,)
)
"""Couinaud hepatic segment V (SCT 277959000). Included from CID 7170."""

CouinaudHepaticSegmentVI: Final[Code] = Code(
    "SCT", "277960005", "Couinaud hepatic segment VI", (7170,)
)
"""Couinaud hepatic segment VI (SCT 277960005). Included from CID 7170."""

CouinaudHepaticSegmentVII: Final[Code] = Code(
    "SCT", "277961009", "Couinaud hepatic segment VII", (7170,)
)
"""Couinaud hepatic segment VII (SCT 277961009). Included from CID 7170."""

CouinaudHepaticSegmentVIII: Final[Code] = Code(
    "SCT", "277962002", "Couinaud hepatic segment VIII", (7170,)
)
"""Couinaud hepatic segment VIII (SCT 277962002). Included from CID 7170."""

MEMBERS: Final[tuple[Code, ...]] = (
    Background,
    ThyroidNodule,
    CouinaudHepaticSegmentI,
    CouinaudHepaticSegmentII,
    CouinaudHepaticSegmentIII,
    CouinaudHepaticSegmentIV,
    CouinaudHepaticSegmentV,
    CouinaudHepaticSegmentVI,
    CouinaudHepaticSegmentVII,
    CouinaudHepaticSegmentVIII,
)
"""The resolved membership: own members, then those of the included groups, in order."""
