"""CID 7062 Purpose of Reference to Predecessor 3D Model.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1203.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7062
NAME: _Final[str] = "Purpose of Reference to Predecessor 3D Model"
KEYWORD: _Final[str | None] = "PurposeOfReferenceToPredecessor3DModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1203"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180403"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EditedModel: _Final[_Code] = _Code("DCM", "129010", "Edited Model", (7062,))
"""Edited Model (DCM 129010)."""

ComponentModel: _Final[_Code] = _Code("DCM", "129011", "Component Model", (7062,))
"""Component Model (DCM 129011)."""

MEMBERS: _Final[tuple[_Code, ...]] = (EditedModel, ComponentModel)
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
