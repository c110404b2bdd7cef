"""CID 9507 External Body Model.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1217.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9507
NAME: _Final[str] = "External Body Model"
KEYWORD: _Final[str | None] = "ExternalBodyModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1217"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatientAnatomyModel: _Final[_Code] = _Code("DCM", "130067", "Patient Anatomy Model", (9507,))
"""Patient Anatomy Model (DCM 130067)."""

ExtendedPatientAnatomyModel: _Final[_Code] = _Code(
    "DCM", "130068", "Extended Patient Anatomy Model", (9507,)
)
"""Extended Patient Anatomy Model (DCM 130068)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PatientAnatomyModel, ExtendedPatientAnatomyModel)
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
