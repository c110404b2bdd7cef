"""CID 272 Specific Observation Subject Class.

Non-extensible, version 20221201, UID 1.2.840.10008.6.1.1457.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 272
NAME: _Final[str] = "Specific Observation Subject Class"
KEYWORD: _Final[str | None] = "SpecificObservationSubjectClass"
UID: _Final[str | None] = "1.2.840.10008.6.1.1457"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20221201"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Patient: _Final[_Code] = _Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

Study: _Final[_Code] = _Code("DCM", "113014", "Study", (272, 7012, 10000))
"""Study (DCM 113014)."""

Series: _Final[_Code] = _Code("DCM", "113015", "Series", (272, 7012, 10000))
"""Series (DCM 113015)."""

Image: _Final[_Code] = _Code("NCIt", "C48179", "Image", (272,))
"""Image (NCIt C48179)."""

ImageFrame: _Final[_Code] = _Code("DCM", "130781", "Image frame", (272,))
"""Image frame (DCM 130781)."""

ImagingRegionOfInterest: _Final[_Code] = _Code(
    "NCIt", "C85402", "Imaging Region of Interest", (272,)
)
"""Imaging Region of Interest (NCIt C85402)."""

Waveform: _Final[_Code] = _Code("SCT", "260893003", "Waveform", (272,))
"""Waveform (SCT 260893003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Patient,
    Study,
    Series,
    Image,
    ImageFrame,
    ImagingRegionOfInterest,
    Waveform,
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
