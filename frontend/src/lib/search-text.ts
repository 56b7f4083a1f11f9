/** Lower-cased and without accents, so "lyon" finds "Lyon" and "ile" finds "Île-de-France". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
