"""CID 12035 Ultrasound Transducer Application.

Extensible, version 20240324, UID 1.2.840.10008.6.1.810.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12035
NAME: _Final[str] = "Ultrasound Transducer Application"
KEYWORD: _Final[str | None] = "UltrasoundTransducerApplication"
UID: _Final[str | None] = "1.2.840.10008.6.1.810"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExternalTransducer: _Final[_Code] = _Code("DCM", "125261", "External Transducer", (12035,))
"""External Transducer (DCM 125261)."""

TransesophagealTransducer: _Final[_Code] = _Code(
    "DCM", "125262", "Transesophageal Transducer", (12035,)
)
"""Transesophageal Transducer (DCM 125262)."""

EndovaginalTransducer: _Final[_Code] = _Code("DCM", "125263", "Endovaginal Transducer", (12035,))
"""Endovaginal Transducer (DCM 125263)."""

EndorectalTransducer: _Final[_Code] = _Code("DCM", "125264", "Endorectal Transducer", (12035,))
"""Endorectal Transducer (DCM 125264)."""

IntravascularTransducer: _Final[_Code] = _Code(
    "DCM", "125265", "Intravascular Transducer", (12035,)
)
"""Intravascular Transducer (DCM 125265)."""

EndocavitaryTransducer: _Final[_Code] = _Code("DCM", "125266", "Endocavitary Transducer", (12035,))
"""Endocavitary Transducer (DCM 125266)."""

IntraoperativeTransducer: _Final[_Code] = _Code(
    "DCM", "125267", "Intraoperative Transducer", (12035,)
)
"""Intraoperative Transducer (DCM 125267)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExternalTransducer,
    TransesophagealTransducer,
    EndovaginalTransducer,
    EndorectalTransducer,
    IntravascularTransducer,
    EndocavitaryTransducer,
    IntraoperativeTransducer,
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
