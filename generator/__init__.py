"""dicomodel's generator: the DICOM standard's DocBook/HTML -> IR -> typed Python."""
