; Thi Đua Desk: additions to electron-builder's assisted NSIS installer (electron-builder.yml, nsis.include).
; electron-builder inserts these macros at fixed points of its templates (installer.nsi, multiUserUi.nsh);
; tests/core/installer-script.test.ts generates the full script and checks where each one lands.
; Saved as UTF-8 with a byte-order mark: makensis may read an included file without one in the system code page,
; which would garble the Vietnamese.

; Per-user only. `perMachine: false` with the assisted installer still shows electron-builder's English
; "Only for me / Anyone who uses this computer" page, whose second choice asks for administrator rights the
; secretary usually does not have. Forcing the current user skips that page, in the uninstaller too.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend

; Windows 10 or newer, 64-bit: Electron 45 does not start on Windows 7, 8 or 8.1, so installing there would
; only leave an icon that does nothing. Checked first thing in .onInit, before electron-builder's own (English)
; version checks. Not in the uninstaller's build pass, which runs .onInit only to write the uninstaller.
!macro preInit
  !ifndef BUILD_UNINSTALLER
    ${IfNot} ${AtLeastWin10}
      MessageBox MB_OK|MB_ICONSTOP "${PRODUCT_NAME} cần Windows 10 hoặc Windows 11.$\r$\nMáy này đang chạy phiên bản Windows cũ hơn nên không cài đặt được." /SD IDOK
      SetErrorLevel 1
      Quit
    ${EndIf}
    ${IfNot} ${RunningX64}
      MessageBox MB_OK|MB_ICONSTOP "${PRODUCT_NAME} cần Windows 64-bit; máy này đang chạy Windows 32-bit nên không cài đặt được." /SD IDOK
      SetErrorLevel 1
      Quit
    ${EndIf}
  !endif
!macroend

; electron-builder's own messages in Vietnamese. Its messages.yml has Vietnamese for only one of them and no way to
; add the others, so they would show in English. customHeader is inserted after electron-builder's LangStrings and
; after the languages are loaded; the later definition wins. Redefining a LangString is warning 6030, an error
; under makensis -WX, so it is allowed in this block only.
!macro customHeader
  !pragma warning push
  !pragma warning disable 6030
  LangString win7Required ${LANG_VIETNAMESE} "${PRODUCT_NAME} cần Windows 10 hoặc Windows 11."
  LangString x64WinRequired ${LANG_VIETNAMESE} "${PRODUCT_NAME} cần Windows 64-bit."
  LangString appRunning ${LANG_VIETNAMESE} "${PRODUCT_NAME} đang mở.$\r$\nBấm OK để đóng phần mềm và tiếp tục.$\r$\nNếu phần mềm không tự đóng, hãy tự đóng nó."
  LangString appCannotBeClosed ${LANG_VIETNAMESE} "Không đóng được ${PRODUCT_NAME}.$\r$\nHãy tự đóng phần mềm rồi bấm Thử lại (Retry) để tiếp tục."
  LangString appClosing ${LANG_VIETNAMESE} "Đang đóng ${PRODUCT_NAME}..."
  LangString installing ${LANG_VIETNAMESE} "Đang cài đặt, xin chờ trong giây lát..."
  LangString areYouSureToUninstall ${LANG_VIETNAMESE} "Gỡ ${PRODUCT_NAME} khỏi máy này? Dữ liệu của Hội đồng vẫn được giữ lại."
  LangString decompressionFailed ${LANG_VIETNAMESE} "Không giải nén được các tệp cài đặt. Hãy chạy lại trình cài đặt."
  LangString uninstallFailed ${LANG_VIETNAMESE} "Không gỡ được các tệp của phiên bản cũ. Hãy chạy lại trình cài đặt."
  !pragma warning pop
!macroend
