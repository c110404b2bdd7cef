"""CID 10064 Patient Model Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1158.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10064
NAME: _Final[str] = "Patient Model Type"
KEYWORD: _Final[str | None] = "PatientModelType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1158"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SimpleObjectModel: _Final[_Code] = _Code("DCM", "128418", "Simple Object Model", (10064,))
"""Simple Object Model (DCM 128418)."""

AnthropomorphicModel: _Final[_Code] = _Code("DCM", "128404", "Anthropomorphic Model", (10064,))
"""Anthropomorphic Model (DCM 128404)."""

PatientSegmentedModel: _Final[_Code] = _Code("DCM", "128494", "Patient Segmented Model", (10064,))
"""Patient Segmented Model (DCM 128494)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SimpleObjectModel,
    AnthropomorphicModel,
    PatientSegmentedModel,
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
