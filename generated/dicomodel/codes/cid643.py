"""CID 643 Toxin.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1108.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

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

_6Hydroxydopamine: _Final[_Code] = _Code("PUBCHEM_CID", "4624", "6-hydroxydopamine", (643,))
"""6-hydroxydopamine (PUBCHEM_CID 4624)."""

Lipopolysaccharide: _Final[_Code] = _Code("SCT", "3325005", "Lipopolysaccharide", (643,))
"""Lipopolysaccharide (SCT 3325005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Lysophosphatidylcholine,
    EthidiumBromide,
    _6Hydroxydopamine,
    Lipopolysaccharide,
)
"""The resolved membership: own members, then those of the included groups, in order."""
