"""CID 6017 Composite Feature from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.347.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6017
NAME: _Final[str] = "Composite Feature from BI-RADS®"
KEYWORD: _Final[str | None] = "CompositeFeatureFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.347"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MammographicBreastMass: _Final[_Code] = _Code(
    "SCT", "129788004", "Mammographic breast mass", (6017,)
)
"""Mammographic breast mass (SCT 129788004)."""

FocalAsymmetricBreastTissue: _Final[_Code] = _Code(
    "SCT", "129789007", "Focal asymmetric breast tissue", (6017,)
)
"""Focal asymmetric breast tissue (SCT 129789007)."""

AsymmetricBreastTissue: _Final[_Code] = _Code(
    "SCT", "129790003", "Asymmetric breast tissue", (6017,)
)
"""Asymmetric breast tissue (SCT 129790003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MammographicBreastMass,
    FocalAsymmetricBreastTissue,
    AsymmetricBreastTissue,
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
