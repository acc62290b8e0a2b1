# Included from app/CMakeLists.txt (same directory scope as the gtzan_gui target, so the generated
# .qm files and their resource belong to it). lrelease compiles translations/*.ts at build time and
# the .qm files are embedded under :/i18n; Language.cpp finds them there.
# `cmake --build build --target update_translations` runs lupdate over every source with tr().
file(GLOB gtzan_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/gtzan-explorer_*.ts)
file(GLOB_RECURSE gtzan_tr_sources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/gui/*.h
     ${PROJECT_SOURCE_DIR}/widgets/*.cpp ${PROJECT_SOURCE_DIR}/widgets/*.h
     ${PROJECT_SOURCE_DIR}/engine/*.cpp ${PROJECT_SOURCE_DIR}/engine/*.h)
qt_add_translations(gtzan_gui
    TS_FILES ${gtzan_ts_files}
    SOURCES ${gtzan_tr_sources}
    # The include roots the code uses: the checkout ("widgets/X.h", "app/gui/X.h") and engine/.
    # lupdate needs them to see the classes' namespaces (contexts are gtzan::widgets::X, as tr() asks).
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/engine
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
