/**
 * exceljs as its own index (node_modules/exceljs/lib/exceljs.nodejs.js) exports it, for jest
 * (moduleNameMapper in jest.config.js): the same Workbook, ModelContainer and enums, with the
 * streaming reader and writer (unzipper, archiver: most of the package's load time, which each
 * test file pays afresh) loaded when first used. Nothing in the add-in or the tests streams
 * today; the getters keep the index whole for whatever does.
 */
const ExcelJS = {
  Workbook: require("exceljs/lib/doc/workbook"),
  ModelContainer: require("exceljs/lib/doc/modelcontainer"),
  stream: {
    xlsx: {
      get WorkbookWriter() {
        return require("exceljs/lib/stream/xlsx/workbook-writer");
      },
      get WorkbookReader() {
        return require("exceljs/lib/stream/xlsx/workbook-reader");
      },
    },
  },
};

Object.assign(ExcelJS, require("exceljs/lib/doc/enums"));

module.exports = ExcelJS;
