"""CID 271 Observation Subject Class.

Non-extensible, version 20071102, UID 1.2.840.10008.6.1.41.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 271
NAME: _Final[str] = "Observation Subject Class"
KEYWORD: _Final[str | None] = "ObservationSubjectClass"
UID: _Final[str | None] = "1.2.840.10008.6.1.41"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20071102"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Patient: _Final[_Code] = _Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

Fetus: _Final[_Code] = _Code("DCM", "121026", "Fetus", (271,))
"""Fetus (DCM 121026)."""

Specimen: _Final[_Code] = _Code("DCM", "121027", "Specimen", (271,))
"""Specimen (DCM 121027)."""

DeviceSubject: _Final[_Code] = _Code("DCM", "121192", "Device Subject", (271,))
"""Device Subject (DCM 121192)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Patient, Fetus, Specimen, DeviceSubject)
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
