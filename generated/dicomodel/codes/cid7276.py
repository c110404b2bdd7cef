"""CID 7276 MR Diffusion Model Input.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1171.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7276
NAME: _Final[str] = "MR Diffusion Model Input"
KEYWORD: _Final[str | None] = "MRDiffusionModelInput"
UID: _Final[str | None] = "1.2.840.10008.6.1.1171"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SourceImageDiffusionBValue: _Final[_Code] = _Code(
    "DCM", "113240", "Source image diffusion b-value", (7276, 9000)
)
"""Source image diffusion b-value (DCM 113240)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SourceImageDiffusionBValue,)
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
