"""CID 7464 General Region of Interest Measurement Modifier.

Extensible, version 20121101, UID 1.2.840.10008.6.1.951.
Includes CID 3488.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
StandardDeviation: _Final[_Code]
Total: _Final[_Code]
Median: _Final[_Code]
Mode: _Final[_Code]
PeakValueWithinROI: _Final[_Code]
CoefficientOfVariance: _Final[_Code]
Skewness: _Final[_Code]
Kurtosis: _Final[_Code]
Variance: _Final[_Code]
RootMeanSquare: _Final[_Code]
Maximum: _Final[_Code]
Minimum: _Final[_Code]
Mean: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
