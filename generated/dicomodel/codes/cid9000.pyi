"""CID 9000 Physical Quantity Descriptor.

Extensible, version 20190326, UID 1.2.840.10008.6.1.1010.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Quantity: _Final[_groups.Cid9000Code]
Derivation: _Final[_groups.Cid9000Code]
MeasurementMethod: _Final[_groups.Cid9000Code]
FindingSite: _Final[_groups.Cid9000Code]
Finding: _Final[_groups.Cid9000Code]
ReferenceRegion: _Final[_groups.Cid9000Code]
ModelFittingMethod: _Final[_groups.Cid9000Code]
SourceImageDiffusionBValue: _Final[_groups.Cid9000Code]
EquivalentMeaningOfConceptName: _Final[_groups.Cid9000Code]
MEMBERS: _Final[tuple[_groups.Cid9000Code, ...]]
