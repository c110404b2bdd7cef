"""CID 3466 Plane Identification.

Extensible, version 20130806, UID 1.2.840.10008.6.1.108.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3466
NAME: Final[str] = "Plane Identification"
KEYWORD: Final[str | None] = "PlaneIdentification"
UID: Final[str | None] = "1.2.840.10008.6.1.108"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20130806"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RightAnteriorOblique: Final[Code] = Code("SCT", "399356000", "Right Anterior Oblique", (3466, 4010))
"""Right Anterior Oblique (SCT 399356000)."""

LeftAnteriorOblique: Final[Code] = Code("SCT", "399135007", "Left Anterior Oblique", (3466, 4010))
"""Left Anterior Oblique (SCT 399135007)."""

AnteroPosterior: Final[Code] = Code("SCT", "399348003", "Antero-posterior", (3466, 4010, 7302))
"""Antero-posterior (SCT 399348003)."""

LeftLateral: Final[Code] = Code("SCT", "399173006", "Left Lateral", (3466, 4010, 7484))
"""Left Lateral (SCT 399173006)."""

CranialLAO: Final[Code] = Code("SCT", "408723005", "Cranial LAO", (3466,))
"""Cranial LAO (SCT 408723005)."""

CranialRAO: Final[Code] = Code("SCT", "408725003", "Cranial RAO", (3466,))
"""Cranial RAO (SCT 408725003)."""

CaudalLAO: Final[Code] = Code("SCT", "408724004", "Caudal LAO", (3466,))
"""Caudal LAO (SCT 408724004)."""

CaudalRAO: Final[Code] = Code("SCT", "408726002", "Caudal RAO", (3466,))
"""Caudal RAO (SCT 408726002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RightAnteriorOblique,
    LeftAnteriorOblique,
    AnteroPosterior,
    LeftLateral,
    CranialLAO,
    CranialRAO,
    CaudalLAO,
    CaudalRAO,
)
"""The resolved membership: own members, then those of the included groups, in order."""
