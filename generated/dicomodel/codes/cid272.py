"""CID 272 Specific Observation Subject Class.

Non-extensible, version 20221201, UID 1.2.840.10008.6.1.1457.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 272
NAME: Final[str] = "Specific Observation Subject Class"
KEYWORD: Final[str | None] = "SpecificObservationSubjectClass"
UID: Final[str | None] = "1.2.840.10008.6.1.1457"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20221201"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Patient: Final[Code] = Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

Study: Final[Code] = Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

Series: Final[Code] = Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

Image: Final[Code] = Code("NCIt", "C48179", "Image", (272,))
"""Image (NCIt C48179)."""

ImageFrame: Final[Code] = Code("DCM", "130781", "Image frame", (272,))
"""Image frame (DCM 130781)."""

ImagingRegionOfInterest: Final[Code] = Code("NCIt", "C85402", "Imaging Region of Interest", (272,))
"""Imaging Region of Interest (NCIt C85402)."""

Waveform: Final[Code] = Code("SCT", "260893003", "Waveform", (272,))
"""Waveform (SCT 260893003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Patient,
    Study,
    Series,
    Image,
    ImageFrame,
    ImagingRegionOfInterest,
    Waveform,
)
"""The resolved membership: own members, then those of the included groups, in order."""
