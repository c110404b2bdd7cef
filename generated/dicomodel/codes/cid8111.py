"""CID 8111 Specimen Preparation Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1049.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8111
NAME: _Final[str] = "Specimen Preparation Procedure"
KEYWORD: _Final[str | None] = "SpecimenPreparationProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1049"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SpecimenCollection: _Final[_Code] = _Code(
    "SCT", "17636008", "Specimen collection", (3515, 8109, 8111)
)
"""Specimen collection (SCT 17636008)."""

SpecimenReceiving: _Final[_Code] = _Code("SCT", "428995007", "Specimen receiving", (8111,))
"""Specimen receiving (SCT 428995007)."""

SamplingOfTissueSpecimen: _Final[_Code] = _Code(
    "SCT", "433465004", "Sampling of tissue specimen", (8111,)
)
"""Sampling of tissue specimen (SCT 433465004)."""

Staining: _Final[_Code] = _Code("SCT", "127790008", "Staining", (8111, 8130))
"""Staining (SCT 127790008)."""

SpecimenProcessing: _Final[_Code] = _Code("SCT", "9265001", "Specimen processing", (8111,))
"""Specimen processing (SCT 9265001)."""

SpecimenStorage: _Final[_Code] = _Code("DCM", "111729", "Specimen storage", (8111,))
"""Specimen storage (DCM 111729)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SpecimenCollection,
    SpecimenReceiving,
    SamplingOfTissueSpecimen,
    Staining,
    SpecimenProcessing,
    SpecimenStorage,
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
