"""CID 643 Toxin.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1108.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 643
NAME: _Final[str] = "Toxin"
KEYWORD: _Final[str | None] = "Toxin"
UID: _Final[str | None] = "1.2.840.10008.6.1.1108"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Lysophosphatidylcholine: _Final[_Code] = _Code("SCT", "54446009", "Lysophosphatidylcholine", (643,))
"""Lysophosphatidylcholine (SCT 54446009)."""

EthidiumBromide: _Final[_Code] = _Code("UMLS", "C0019873", "Ethidium Bromide", (643,))
"""Ethidium Bromide (UMLS C0019873)."""

V6Hydroxydopamine: _Final[_Code] = _Code("PUBCHEM_CID", "4624", "6-hydroxydopamine", (643,))
"""6-hydroxydopamine (PUBCHEM_CID 4624)."""

Lipopolysaccharide: _Final[_Code] = _Code("SCT", "3325005", "Lipopolysaccharide", (643,))
"""Lipopolysaccharide (SCT 3325005)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_6Hydroxydopamine: _Final[_Code] = V6Hydroxydopamine

MEMBERS: _Final[tuple[_Code, ...]] = (
    Lysophosphatidylcholine,
    EthidiumBromide,
    V6Hydroxydopamine,
    Lipopolysaccharide,
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
