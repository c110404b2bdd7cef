"""CID 12035 Ultrasound Transducer Application.

Extensible, version 20240324, UID 1.2.840.10008.6.1.810.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12035
NAME: Final[str] = "Ultrasound Transducer Application"
KEYWORD: Final[str | None] = "UltrasoundTransducerApplication"
UID: Final[str | None] = "1.2.840.10008.6.1.810"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240324"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExternalTransducer: Final[Code] = Code("DCM", "125261", "External Transducer", (12035,))
"""External Transducer (DCM 125261)."""

TransesophagealTransducer: Final[Code] = Code(
    "DCM", "125262", "Transesophageal Transducer", (12035,)
)
"""Transesophageal Transducer (DCM 125262)."""

EndovaginalTransducer: Final[Code] = Code("DCM", "125263", "Endovaginal Transducer", (12035,))
"""Endovaginal Transducer (DCM 125263)."""

EndorectalTransducer: Final[Code] = Code("DCM", "125264", "Endorectal Transducer", (12035,))
"""Endorectal Transducer (DCM 125264)."""

IntravascularTransducer: Final[Code] = Code("DCM", "125265", "Intravascular Transducer", (12035,))
"""Intravascular Transducer (DCM 125265)."""

EndocavitaryTransducer: Final[Code] = Code("DCM", "125266", "Endocavitary Transducer", (12035,))
"""Endocavitary Transducer (DCM 125266)."""

IntraoperativeTransducer: Final[Code] = Code("DCM", "125267", "Intraoperative Transducer", (12035,))
"""Intraoperative Transducer (DCM 125267)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExternalTransducer,
    TransesophagealTransducer,
    EndovaginalTransducer,
    EndorectalTransducer,
    IntravascularTransducer,
    EndocavitaryTransducer,
    IntraoperativeTransducer,
)
"""The resolved membership: own members, then those of the included groups, in order."""
