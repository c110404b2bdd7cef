"""CID 10011 Effective Dose Evaluation Method.

Extensible, version 20071031, UID 1.2.840.10008.6.1.544.

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
DLPToEConversionViaMCComputation: _Final[_groups.Cid10011Code]
CtdifreeairToEConversionViaMCComputation: _Final[_groups.Cid10011Code]
DLPToEConversionViaMeasurement: _Final[_groups.Cid10011Code]
CtdifreeairToEConversionViaMeasurement: _Final[_groups.Cid10011Code]
MEMBERS: _Final[tuple[_groups.Cid10011Code, ...]]
