// Core's Node-only entry (`@parley/core/node`): reading and writing datasets on disk, the source texts that
// fragments are checked against, and atomic file writes. The main entry stays free of Node's modules for browsers.
export { collectionFields, datasetFileNames, META_FILE, splitDataset, toDatasetJson } from "./datasetLayout.js";
export { DATASET_TEXTS, datasetTextsDir } from "./datasetTextsDir.js";
export { findSourceTextsDir, TEXTS_DIR_ENV } from "./findSourceTextsDir.js";
export { holdMarking, markingHeld } from "./holdMarking.js";
export { loadSourceTexts } from "./loadSourceTexts.js";
export { readDataset, type ReadDataset, type ReadDatasetOptions, type ReadDatasetResult } from "./readDataset.js";
export { cannotRead, parseJsonText, readJsonFile, type ReadJsonResult } from "./readJsonFile.js";
export { FileProblemError, fileProblemMessage, readProblem, writeProblem, type FileProblem } from "./FileProblem.js";
export { jsonSyntaxErrorIn, type JsonSyntax, type JsonSyntaxError } from "./JsonSyntaxError.js";
export { systemErrorOf, type SystemError } from "./SystemError.js";
export { writeDataset, type WriteDatasetOptions } from "./writeDataset.js";
export { writeFileAtomic } from "./writeFileAtomic.js";
